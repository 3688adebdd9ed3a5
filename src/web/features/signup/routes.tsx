import type { RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["signup"]);
const SignupPage = page("SignupPage");
const SignupConfirmPage = page("SignupConfirmPage");
const SignupRequestsPage = page("SignupRequestsPage");

const STAFF = ["admin", "agent"] as const;

/** Sign-up is public; deciding the requests is for agents and the programme manager. */
export const signupRoutes: RouteObject[] = [
  { path: "/opret-virksomhedskonto", element: <SignupPage /> },
  { path: "/opret-virksomhedskonto/bekraeft/:token", element: <SignupConfirmPage /> },
  {
    path: "/tilmeldinger",
    element: (
      <RequireAuth roles={STAFF}>
        <SignupRequestsPage />
      </RequireAuth>
    ),
  },
];

export function signupMenu(me: Me, t: AnyT): FeatureMenuItem[] {
  return me.role === "admin" || me.role === "agent"
    ? [{ to: "/tilmeldinger", label: t("signup:nav"), isActive: (path) => path.startsWith("/tilmeldinger") }]
    : [];
}
