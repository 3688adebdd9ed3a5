import { createBrowserRouter, Navigate, useParams, type RouteObject } from "react-router-dom";
import { RequireAuth } from "./auth/require-auth.js";
import { featureRoutes } from "./features/registry.js";
import { Layout } from "./components/layout.js";
import { AccountPage } from "./pages/account-page.js";
import { AdminAuditPage } from "./pages/admin-audit-page.js";
import { AdminCompetencesPage } from "./pages/admin-competences-page.js";
import { AdminOutboxPage } from "./pages/admin-outbox-page.js";
import { AdminUsersPage } from "./pages/admin-users-page.js";
import { HomePage } from "./pages/home-page.js";
import { ImportPage } from "./pages/import-page.js";
import { InvitationPage } from "./pages/invitation-page.js";
import { LoginPage } from "./pages/login-page.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { OrganisationCreatePage } from "./pages/organisation-create-page.js";
import { OrganisationDetailPage } from "./pages/organisation-detail-page.js";
import { OrganisationEditPage } from "./pages/organisation-edit-page.js";
import { OrganisationsPage } from "./pages/organisations-page.js";

const STAFF = ["admin", "agent"] as const;
const ADMIN = ["admin"] as const;

/** A fresh page (state, notices) for each organisation id. */
function OrganisationDetailRoute() {
  const { id } = useParams();
  return <OrganisationDetailPage key={id} />;
}

function OrganisationEditRoute() {
  const { id } = useParams();
  return <OrganisationEditPage key={id} />;
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: "/login", element: <LoginPage /> },
      { path: "/invitation/:token", element: <InvitationPage /> },
      {
        path: "/",
        element: (
          <RequireAuth>
            <HomePage />
          </RequireAuth>
        ),
      },
      {
        path: "/mine-data",
        element: (
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        ),
      },
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
      ...featureRoutes,
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
