import type { RouteObject } from "react-router-dom";
import type { Me } from "../../domain/auth.js";
import { adminFeature } from "./admin/index.js";
import { assessmentsFeature } from "./assessments/index.js";
import { businessCasesFeature } from "./business-cases/index.js";
import { disclosuresFeature } from "./disclosures/index.js";
import type { AnyT, FeatureMenuItem } from "./feature.js";
import { knowledgeFeature } from "./knowledge/index.js";
import { needsFeature } from "./needs/index.js";
import { organisationsFeature } from "./organisations/index.js";
import { processesFeature } from "./processes/index.js";
import { homeFeature } from "./home/index.js";
import { outreachFeature } from "./outreach/index.js";
import { programmeFeature } from "./programme/index.js";
import { seminarsFeature } from "./seminars/index.js";
import { signupFeature } from "./signup/index.js";

/**
 * The feature areas of the web app, in main-menu order. Each area lives in its own folder with its
 * own pages, translations and routes, and exports one `Feature`; routes, menu and i18n namespaces
 * are all derived from this list.
 */
export const features = [
  organisationsFeature,
  needsFeature,
  processesFeature,
  businessCasesFeature,
  assessmentsFeature,
  outreachFeature,
  programmeFeature,
  seminarsFeature,
  adminFeature,
  disclosuresFeature,
  knowledgeFeature,
  homeFeature,
  signupFeature,
] as const;

type Features = (typeof features)[number];
export type Namespace = Features["namespace"];

/** Every namespace, for `useTranslation(ALL_NAMESPACES)` where an `AnyT` is needed. */
export const ALL_NAMESPACES = ["translation", ...features.map((feature) => feature.namespace)] as [
  "translation",
  ...Namespace[],
];

export const featureRoutes: RouteObject[] = features.flatMap((feature) => feature.routes);

export function featureMenuItems(me: Me, t: AnyT): FeatureMenuItem[] {
  return features.flatMap((feature) => feature.menu(me, t));
}
