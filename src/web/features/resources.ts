import { features } from "./registry.js";

type Features = (typeof features)[number];
type Texts<L extends "da" | "en"> = { [F in Features as F["namespace"]]: F["resources"][L] };

function textsIn<L extends "da" | "en">(language: L): Texts<L> {
  return Object.fromEntries(features.map((feature) => [feature.namespace, feature.resources[language]])) as Texts<L>;
}

/** The translations of each feature area: an i18next namespace named after the area. */
export const featureResources = { da: textsIn("da"), en: textsIn("en") };
