import { lazy } from "react";
import { createBrowserRouter, type RouteObject } from "react-router-dom";
import { RequireAuth } from "./auth/require-auth.js";
import { featureRoutes } from "./features/registry.js";
import { Layout } from "./components/layout.js";
import { AccountPage } from "./pages/account-page.js";
import { HomePage } from "./pages/home-page.js";
import { LoginPage } from "./pages/login-page.js";
import { NotFoundPage } from "./pages/not-found-page.js";

// Reached once per user, from the invitation e-mail; with it go the password rules (Zod), which the
// login and home pages do not need.
const InvitationPage = lazy(() =>
  import("./pages/invitation-page.js").then((page) => ({ default: page.InvitationPage })),
);

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
      ...featureRoutes,
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
