import type { RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import type { AnyT, FeatureMenuItem } from "../registry.js";

/** Routes of this area (paths in Danish, e.g. /behov). */
export const businessCaseRoutes: RouteObject[] = [];

/** Main-menu entries of this area for the signed-in user. */
export function businessCaseMenu(_me: Me, _t: AnyT): FeatureMenuItem[] {
  return [];
}
