import i18next from "i18next";
import type { Language } from "../../domain/validation.js";
import { features, type Namespace } from "./registry.js";

type Features = (typeof features)[number];
type PageTexts<F extends Features, L extends Language> = Awaited<ReturnType<F["resources"]["pages"][L]>>["default"];
/** The texts of every feature area in one language: an i18next namespace named after each area. */
export type FeatureTexts<L extends Language> = {
  [F in Features as F["namespace"]]: F["resources"]["menu"][L] & PageTexts<F, L>;
};

/**
 * The menu labels of every area, for i18next's start. Read when i18next starts, not when this
 * module loads: the registry may still be loading at that moment.
 */
export function featureMenuTexts(language: Language): Record<Namespace, object> {
  return Object.fromEntries(features.map((feature) => [feature.namespace, feature.resources.menu[language]])) as Record<
    Namespace,
    object
  >;
}

/** The namespaces whose page texts some page has asked for: a language switch fetches them too. */
const wanted = new Set<Namespace>();
/** One fetch per language and namespace, kept once it has succeeded. */
const fetched = new Map<string, Promise<void>>();

function fetchTexts(namespace: Namespace, language: Language): Promise<void> {
  const key = `${language}:${namespace}`;
  let done = fetched.get(key);
  if (!done) {
    const feature = features.find((candidate) => candidate.namespace === namespace);
    if (!feature) {
      return Promise.reject(new Error(`No feature with the namespace ${namespace}`));
    }
    done = feature.resources.pages[language]().then(
      (texts) => {
        // Deep, so the menu labels already in the namespace stay.
        i18next.addResourceBundle(language, namespace, texts.default, true, false);
      },
      (error: unknown) => {
        // A failed fetch (offline for a moment) is tried again next time.
        fetched.delete(key);
        throw error;
      },
    );
    fetched.set(key, done);
  }
  return done;
}

/**
 * Fetches the page texts of these areas in the current language before their pages render, so no
 * key flashes on the screen. Only that language: English has every Danish key (i18n.test.ts), so
 * the Danish fallback is not needed.
 */
export async function loadFeatureTexts(namespaces: readonly Namespace[], language?: Language): Promise<void> {
  for (const namespace of namespaces) {
    wanted.add(namespace);
  }
  const reading: Language = language ?? (i18next.language === "en" ? "en" : "da");
  await Promise.all(namespaces.map((namespace) => fetchTexts(namespace, reading)));
}

/** Before a language switch: the page texts already shown, in the new language. */
export function loadWantedTexts(language: Language): Promise<void> {
  return loadFeatureTexts([...wanted], language);
}
