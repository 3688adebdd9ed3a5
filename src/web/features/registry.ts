import type { TFunction } from "i18next";

/** A translate function that knows every namespace: `t("needs:nav")`. */
export type AnyT = TFunction<["translation", "needs", "processes", "businessCases", "assessments"]>;
import type { RouteObject } from "react-router-dom";
import type { Me } from "../../domain/auth.js";
import { assessmentMenu, assessmentRoutes } from "./assessments/routes.js";
import { businessCaseMenu, businessCaseRoutes } from "./business-cases/routes.js";
import { needMenu, needRoutes } from "./needs/routes.js";
import { processMenu, processRoutes } from "./processes/routes.js";

/**
 * The feature areas of the web app. Each area lives in its own folder with its own pages,
 * translations (an i18next namespace named after the area) and routes; this file only lists them.
 */
export { featureResources } from "./resources.js";

export const featureRoutes: RouteObject[] = [
  ...needRoutes,
  ...processRoutes,
  ...businessCaseRoutes,
  ...assessmentRoutes,
];

export interface FeatureMenuItem {
  to: string;
  /** Translated by the area, e.g. t("needs:nav"). */
  label: string;
  isActive: (pathname: string) => boolean;
}

export function featureMenuItems(me: Me, t: AnyT): FeatureMenuItem[] {
  return [...needMenu(me, t), ...processMenu(me, t), ...businessCaseMenu(me, t), ...assessmentMenu(me, t)];
}
