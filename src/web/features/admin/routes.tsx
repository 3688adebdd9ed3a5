import { Navigate, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["admin"]);
const AdminAuditPage = page("AdminAuditPage");
const AdminCompetencesPage = page("AdminCompetencesPage");
const AdminOutboxPage = page("AdminOutboxPage");
const AdminUsersPage = page("AdminUsersPage");

const STAFF = ["admin", "agent"] as const;
const ADMIN = ["admin"] as const;

/** Routes of this area (paths in Danish). Agents reach only the competence list. */
export const adminRoutes: RouteObject[] = [
  { path: "/admin", element: <Navigate to="/admin/brugere" replace /> },
  {
    path: "/admin/brugere",
    element: (
      <RequireAuth roles={ADMIN}>
        <AdminUsersPage />
      </RequireAuth>
    ),
  },
  {
    path: "/admin/kompetencer",
    element: (
      <RequireAuth roles={STAFF}>
        <AdminCompetencesPage />
      </RequireAuth>
    ),
  },
  {
    path: "/admin/log",
    element: (
      <RequireAuth roles={ADMIN}>
        <AdminAuditPage />
      </RequireAuth>
    ),
  },
  {
    path: "/admin/udbakke",
    element: (
      <RequireAuth roles={ADMIN}>
        <AdminOutboxPage />
      </RequireAuth>
    ),
  },
];

/** «Administration» for admins; agents get only «Kompetencer». */
export function adminMenu(me: Me, t: AnyT): FeatureMenuItem[] {
  if (me.role === "admin") {
    return [{ to: "/admin/brugere", label: t("admin:nav"), isActive: (path) => path.startsWith("/admin") }];
  }
  if (me.role === "agent") {
    return [
      { to: "/admin/kompetencer", label: t("admin:navCompetences"), isActive: (path) => path.startsWith("/admin") },
    ];
  }
  return [];
}
