import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { Namespace } from "./registry.js";
import { loadFeatureTexts } from "./resources.js";

/**
 * An area's pages as lazy components: the first one shown fetches the area's chunk (its `pages.ts`
 * with what it imports, and its CSS) together with the page texts of the namespaces it uses, and
 * renders once both are there (no key on screen). Until then the `Suspense` in the layout shows
 * the loading indicator. Keeps `routes.tsx`, and so the menu and the route paths, free of pages.
 */
/** Page components: routes render them without props. */
type Pages = Record<string, ComponentType>;

export function lazyPages<M extends Pages>(
  load: () => Promise<M>,
  namespaces: readonly Namespace[],
): <K extends keyof M & string>(name: K) => LazyExoticComponent<M[K]> {
  let loading: Promise<M> | undefined;
  const loadArea = (): Promise<M> => {
    loading ??= Promise.all([load(), loadFeatureTexts(namespaces)]).then(
      ([pages]) => pages,
      (error: unknown) => {
        // Offline for a moment: the next page asked for tries again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return (name) => lazy(() => loadArea().then((pages) => ({ default: pages[name] })));
}
