import type { RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["programme"]);
const DashboardPage = page("DashboardPage");
const EvidencePage = page("EvidencePage");
const SettingsPage = page("SettingsPage");
const PublicSummaryPage = page("PublicSummaryPage");

const STAFF = ["admin", "agent"] as const;

/** Routes of this area (paths in Danish). */
export const programmeRoutes: RouteObject[] = [
  {
    path: "/program",
    element: (
      <RequireAuth roles={STAFF}>
        <DashboardPage />
      </RequireAuth>
    ),
  },
  {
    path: "/program/indikatorer/:code",
    element: (
      <RequireAuth roles={STAFF}>
        <EvidencePage />
      </RequireAuth>
    ),
  },
  {
    path: "/program/indstillinger",
    element: (
      <RequireAuth roles={["admin"]}>
        <SettingsPage />
      </RequireAuth>
    ),
  },
  // The public summary: aggregates only, shown when the programme manager has switched it on.
  { path: "/programmet", element: <PublicSummaryPage /> },
];

export function programmeMenu(me: Me, t: AnyT): FeatureMenuItem[] {
  return me.role === "admin" || me.role === "agent"
    ? [{ to: "/program", label: t("programme:nav"), isActive: (path) => path.startsWith("/program") }]
    : [];
}
