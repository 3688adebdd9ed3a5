import type { RouteObject } from "react-router-dom";
import { RequireAuth } from "../../auth/require-auth.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["home"]);
const RoleHomePage = page("RoleHomePage");

export const homeRoutes: RouteObject[] = [
  {
    path: "/",
    element: (
      <RequireAuth>
        <RoleHomePage />
      </RequireAuth>
    ),
  },
];
