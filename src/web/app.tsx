import { lazy } from "react";
import { createBrowserRouter, useRouteError, type RouteObject } from "react-router-dom";
import { RequireAuth } from "./auth/require-auth.js";
import { featureRoutes } from "./features/registry.js";
import { ErrorState } from "./components/error-state.js";
import { Layout } from "./components/layout.js";
import { AccountPage } from "./pages/account-page.js";
import { LoginPage } from "./pages/login-page.js";
import { NotFoundPage } from "./pages/not-found-page.js";

// Reached once per user, from the invitation e-mail; with it go the password rules (Zod), which the
// login and home pages do not need.
const InvitationPage = lazy(() =>
  import("./pages/invitation-page.js").then((page) => ({ default: page.InvitationPage })),
);

/**
 * A page that failed to render, inside the layout. Mostly a lazy chunk that did not arrive (the
 * phone lost its connection, or a new release replaced the file): loading the page again helps.
 */
function PageError() {
  const error = useRouteError();
  return <ErrorState error={error} onRetry={() => window.location.reload()} />;
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <PageError />,
        children: [
          { path: "/login", element: <LoginPage /> },
          { path: "/invitation/:token", element: <InvitationPage /> },
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
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
