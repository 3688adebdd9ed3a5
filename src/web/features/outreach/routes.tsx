import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["outreach"]);
const ContactCreatePage = page("ContactCreatePage");
const ContactDetailPage = page("ContactDetailPage");
const OutreachPage = page("OutreachPage");

/** The outreach log is the agents' tool; members never see it. */
const STAFF = ["admin", "agent"] as const;

function ContactDetailRoute() {
  const { id } = useParams();
  return <ContactDetailPage key={id} />;
}

export const outreachRoutes: RouteObject[] = [
  {
    path: "/kontaktlog",
    element: (
      <RequireAuth roles={STAFF}>
        <OutreachPage />
      </RequireAuth>
    ),
  },
  {
    path: "/kontaktlog/ny",
    element: (
      <RequireAuth roles={STAFF}>
        <ContactCreatePage />
      </RequireAuth>
    ),
  },
  {
    path: "/kontaktlog/:id",
    element: (
      <RequireAuth roles={STAFF}>
        <ContactDetailRoute />
      </RequireAuth>
    ),
  },
];

export function outreachMenu(me: Me, t: AnyT): FeatureMenuItem[] {
  return me.role === "admin" || me.role === "agent"
    ? [{ to: "/kontaktlog", label: t("outreach:nav"), isActive: (path) => path.startsWith("/kontaktlog") }]
    : [];
}
