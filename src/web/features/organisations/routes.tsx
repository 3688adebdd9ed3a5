import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["organisations"]);
const ImportPage = page("ImportPage");
const OrganisationCreatePage = page("OrganisationCreatePage");
const OrganisationDetailPage = page("OrganisationDetailPage");
const OrganisationEditPage = page("OrganisationEditPage");
const OrganisationsPage = page("OrganisationsPage");

const STAFF = ["admin", "agent"] as const;

/** A fresh page (state, notices) for each organisation id. */
function OrganisationDetailRoute() {
  const { id } = useParams();
  return <OrganisationDetailPage key={id} />;
}

function OrganisationEditRoute() {
  const { id } = useParams();
  return <OrganisationEditPage key={id} />;
}

/** Routes of this area (paths in Danish). */
export const organisationRoutes: RouteObject[] = [
  {
    path: "/organisationer",
    element: (
      <RequireAuth>
        <OrganisationsPage />
      </RequireAuth>
    ),
  },
  {
    path: "/organisationer/ny",
    element: (
      <RequireAuth roles={STAFF}>
        <OrganisationCreatePage />
      </RequireAuth>
    ),
  },
  {
    path: "/organisationer/import",
    element: (
      <RequireAuth roles={STAFF}>
        <ImportPage />
      </RequireAuth>
    ),
  },
  {
    path: "/organisationer/:id",
    element: (
      <RequireAuth>
        <OrganisationDetailRoute />
      </RequireAuth>
    ),
  },
  {
    path: "/organisationer/:id/rediger",
    element: (
      <RequireAuth>
        <OrganisationEditRoute />
      </RequireAuth>
    ),
  },
];

/** Main-menu entry: every signed-in user. */
export function organisationMenu(_me: Me, t: AnyT): FeatureMenuItem[] {
  return [
    {
      to: "/organisationer",
      label: t("organisations:nav"),
      isActive: (path) => path.startsWith("/organisationer"),
    },
  ];
}
