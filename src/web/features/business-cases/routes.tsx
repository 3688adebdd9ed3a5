import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["businessCases"]);
const BusinessCaseCreatePage = page("BusinessCaseCreatePage");
const BusinessCasePage = page("BusinessCasePage");
const BusinessCasesPage = page("BusinessCasesPage");

/** A fresh page (state, notices) for each case id. */
function BusinessCaseRoute() {
  const { id } = useParams();
  return <BusinessCasePage key={id} />;
}

/** Routes of this area. "Business case" is the word the Danish OPI field uses, so the paths keep it. */
export const businessCaseRoutes: RouteObject[] = [
  {
    path: "/business-cases",
    element: (
      <RequireAuth>
        <BusinessCasesPage />
      </RequireAuth>
    ),
  },
  {
    path: "/business-cases/ny",
    element: (
      <RequireAuth>
        <BusinessCaseCreatePage />
      </RequireAuth>
    ),
  },
  {
    path: "/business-cases/:id",
    element: (
      <RequireAuth>
        <BusinessCaseRoute />
      </RequireAuth>
    ),
  },
];

/** Main-menu entry: every signed-in user; the list shows only the cases their organisation is a party to. */
export function businessCaseMenu(_me: Me, t: AnyT): FeatureMenuItem[] {
  return [
    { to: "/business-cases", label: t("businessCases:nav"), isActive: (path) => path.startsWith("/business-cases") },
  ];
}
