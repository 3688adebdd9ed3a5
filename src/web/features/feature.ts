import type { CustomTypeOptions, TFunction } from "i18next";
import type { RouteObject } from "react-router-dom";
import type { Me } from "../../domain/auth.js";
/** The feature namespaces, as registered with i18next (src/web/i18n/i18next.d.ts, from registry.ts). */
type FeatureNamespace = Exclude<keyof CustomTypeOptions["resources"], "translation">;

/** A translate function that knows every namespace: `t("needs:nav")`. */
export type AnyT = TFunction<["translation", ...FeatureNamespace[]]>;

export interface FeatureMenuItem {
  to: string;
  /** Translated by the area, e.g. t("needs:nav"). */
  label: string;
  isActive: (pathname: string) => boolean;
}

/**
 * What a feature area gives the app: its i18next namespace (named after the area) with the Danish
 * and English texts, its routes (paths in Danish) and its main-menu entries for the signed-in user.
 */
export interface Feature<N extends string = string, R extends object = object> {
  namespace: N;
  resources: { da: R; en: R };
  routes: RouteObject[];
  menu: (me: Me, t: AnyT) => FeatureMenuItem[];
}

/** Declares a feature; keeps the namespace's literal name and the texts' shape for typed `t`. */
export function defineFeature<N extends string, R extends object>(feature: Feature<N, R>): Feature<N, R> {
  return feature;
}
