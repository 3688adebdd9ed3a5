import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["processes", "disclosures"]);
const BoardPage = page("BoardPage");
const FeedbackPage = lazyPages(() => import("./feedback-pages.js"), ["processes"])("FeedbackPage");
const NotificationsPage = page("NotificationsPage");
const ProcessCreatePage = page("ProcessCreatePage");
const ProcessDetailPage = page("ProcessDetailPage");

const STAFF = ["admin", "agent"] as const;

/** A fresh page (state, notices) for each process id. */
function ProcessDetailRoute() {
  const { id } = useParams();
  return <ProcessDetailPage key={id} />;
}

/** Routes of this area (paths in Danish). */
export const processRoutes: RouteObject[] = [
  {
    path: "/forloeb",
    element: (
      <RequireAuth>
        <BoardPage />
      </RequireAuth>
    ),
  },
  {
    path: "/forloeb/nyt",
    element: (
      <RequireAuth roles={STAFF}>
        <ProcessCreatePage />
      </RequireAuth>
    ),
  },
  {
    path: "/forloeb/:id",
    element: (
      <RequireAuth>
        <ProcessDetailRoute />
      </RequireAuth>
    ),
  },
  {
    path: "/notifikationer",
    element: (
      <RequireAuth>
        <NotificationsPage />
      </RequireAuth>
    ),
  },
  // The living-lab feedback form: public, reached by a link shared with citizens, relatives or staff.
  { path: "/feedback/:token", element: <FeedbackPage /> },
];

/** Main-menu entries of this area for the signed-in user. */
export function processMenu(_me: Me, t: AnyT): FeatureMenuItem[] {
  return [
    { to: "/forloeb", label: t("processes:nav"), isActive: (path) => path.startsWith("/forloeb") },
    {
      to: "/notifikationer",
      label: t("processes:navNotifications"),
      isActive: (path) => path.startsWith("/notifikationer"),
    },
  ];
}
