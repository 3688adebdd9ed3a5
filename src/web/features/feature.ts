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

/** One language's texts of an area as a JSON module, fetched when one of its pages is first shown. */
type TextsChunk<R> = () => Promise<{ default: R }>;

/**
 * What a feature area gives the app: its i18next namespace (named after the area), its routes
 * (paths in Danish, pages loaded lazily: see lazy-pages.tsx) and its main-menu entries for the
 * signed-in user. The texts come in two parts so that the first page does not carry every area's
 * texts: the menu labels (`i18n/menu/*.json`, always there) and the rest (`i18n/*.json`, fetched
 * with the area's pages, in the reader's language only).
 */
export interface Feature<N extends string = string, M extends object = object, R extends object = object> {
  namespace: N;
  resources: { menu: { da: M; en: M }; pages: { da: TextsChunk<R>; en: TextsChunk<R> } };
  routes: RouteObject[];
  menu: (me: Me, t: AnyT) => FeatureMenuItem[];
}

/** Declares a feature; keeps the namespace's literal name and the texts' shape for typed `t`. */
export function defineFeature<N extends string, M extends object, R extends object>(
  feature: Feature<N, M, R>,
): Feature<N, M, R> {
  return feature;
}
