import { features } from "./registry.js";

type Features = (typeof features)[number];
/** The texts of every feature area in one language: an i18next namespace named after each area. */
export type FeatureTexts<L extends "da" | "en"> = { [F in Features as F["namespace"]]: F["resources"][L] };

/**
 * Read when i18next starts, not when this module loads: the pages import the i18n module, so the
 * registry may still be loading at that moment.
 */
export function featureTexts<L extends "da" | "en">(language: L): FeatureTexts<L> {
  return Object.fromEntries(
    features.map((feature) => [feature.namespace, feature.resources[language]]),
  ) as FeatureTexts<L>;
}
