import { isValidElement, use, type ComponentType, type ReactNode } from "react";
import type { Namespace } from "./registry.js";
import { loadFeatureTexts } from "./resources.js";

/** Page components: routes render them without props. */
type Pages = Record<string, ComponentType>;

/** A page of a lazy area; `preload` fetches its chunk and texts ahead of its first render. */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * An area's pages as lazy components: the first one shown fetches the area's chunk (its `pages.ts`
 * with what it imports, and its CSS) together with the page texts of the namespaces it uses, and
 * renders once both are there (no key on screen). Until then the `Suspense` in the layout shows
 * the loading indicator. Keeps `routes.tsx`, and so the menu and the route paths, free of pages.
 *
 * Unlike `React.lazy`, a page whose chunk is already there renders at once instead of suspending:
 * React reveals a suspended page no sooner than 300 ms after its loading indicator appeared
 * (Suspense throttling), which on a phone was most of a repeat visit's wait for a page fetched
 * ahead (`preloadFirstPage`).
 */
export function lazyPages<M extends Pages>(
  load: () => Promise<M>,
  namespaces: readonly Namespace[],
): <K extends keyof M & string>(name: K) => LazyPage {
  let loading: Promise<M> | undefined;
  let loaded: M | undefined;
  const loadArea = (): Promise<M> => {
    loading ??= Promise.all([load(), loadFeatureTexts(namespaces)]).then(
      ([pages]) => {
        loaded = pages;
        return pages;
      },
      (error: unknown) => {
        // Offline for a moment: the next page asked for tries again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return (name) => {
    function LazyAreaPage() {
      // The same promise while it is pending (`use` suspends on it), so React can resume this render.
      const Page: ComponentType = (loaded ?? use(loadArea()))[name];
      return <Page />;
    }
    LazyAreaPage.displayName = name;
    return Object.assign(LazyAreaPage, { preload: loadArea });
  };
}

/** The lazy pages in a route's element: the element itself, or inside its children (`<RequireAuth>`). */
function lazyPagesIn(node: ReactNode): LazyPage[] {
  if (Array.isArray(node)) {
    return node.flatMap((child: ReactNode) => lazyPagesIn(child));
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) {
    return [];
  }
  const type = node.type as Partial<LazyPage>;
  return typeof type.preload === "function" ? [type as LazyPage] : lazyPagesIn(node.props.children);
}

/**
 * Fetches the chunks and texts of the lazy pages in the first route's elements, so that the first
 * render finds the page there instead of suspending (see `lazyPages`). On the phone pages index.html
 * names the chunk, so it is on its way with the entry. Never rejects: a chunk that fails shows its
 * error when the page renders, as before.
 */
export function preloadFirstPage(elements: ReactNode[]): Promise<void> {
  const pages = elements.flatMap((element) => lazyPagesIn(element));
  return Promise.allSettled(pages.map((page) => page.preload())).then(() => undefined);
}
