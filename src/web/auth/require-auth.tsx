import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import type { Role } from "../../domain/auth.js";
import { Loading } from "../components/loading.js";
import { ForbiddenPage } from "../pages/forbidden-page.js";
import { useAuth } from "./auth-context.js";

/** Sends anonymous visitors to /login (and back afterwards); refuses the wrong role. */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { me } = useAuth();
  const location = useLocation();
  if (me === undefined) {
    return <Loading />;
  }
  if (me === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !roles.includes(me.role)) {
    return <ForbiddenPage />;
  }
  return <>{children}</>;
}
