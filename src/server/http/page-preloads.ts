import { readFileSync, statSync } from "node:fs";
import path from "node:path";

/** A path segment that may go into an attribute as it is (ids, link tokens); anything else gets no data preload. */
const SEGMENT = "([A-Za-z0-9_-]{1,100})";

/**
 * Pages people open from a link on a phone (an open call, a respondent's or a citizen's feedback link),
 * and an agent's home page: their lazy chunk is named in index.html, so the browser fetches it together
 * with the entry instead of after the entry has run and the router has asked for it (one round trip less
 * on a slow network, issue 17). Sources are as the Vite manifest names them (relative to src/web); the
 * Danish texts are preloaded since Danish is the default language.
 *
 * `data` gives the API answers the page asks for first, exactly as the page writes the URL (a
 * different query string would be a second request): the browser fetches them while the scripts
 * arrive, and the page's `fetch` takes the preloaded answer. Only for the address without a query
 * string, where the page's URL is known here.
 */
export const PAGE_PRELOADS: { path: RegExp; sources: string[]; data?: (match: RegExpExecArray) => string[] }[] = [
  {
    path: /^\/$/,
    sources: ["features/home/pages.ts", "features/home/i18n/da.json"],
    data: () => ["/api/me/home"],
  },
  {
    path: /^\/opslag\/?$/,
    sources: ["features/needs/public-pages.ts", "features/needs/i18n/da.json", "features/organisations/i18n/da.json"],
    data: () => ["/api/calls?status=open"],
  },
  {
    path: new RegExp(`^/opslag/${SEGMENT}/?$`),
    sources: ["features/needs/call-pages.ts", "features/needs/i18n/da.json", "features/organisations/i18n/da.json"],
    data: (match) => [`/api/calls/${match[1]}`],
  },
  {
    path: /^\/opslag\//,
    sources: ["features/needs/call-pages.ts", "features/needs/i18n/da.json", "features/organisations/i18n/da.json"],
  },
  {
    path: new RegExp(`^/svar/${SEGMENT}$`),
    sources: ["features/assessments/respond-pages.ts", "features/assessments/i18n/da.json"],
    data: (match) => [`/api/respond/${match[1]}`],
  },
  {
    path: /^\/svar\//,
    sources: ["features/assessments/respond-pages.ts", "features/assessments/i18n/da.json"],
  },
  {
    // The knowledge portal's pages, but not the editors' page (/viden/:id/redaktion, its own chunk).
    path: /^\/viden(\/[^/]+)?\/?$/,
    sources: ["features/knowledge/public-pages.ts", "features/knowledge/i18n/da.json"],
    data: (match) => {
      const id = match[1]?.slice(1) ?? "";
      return id === "" ? ["/api/knowledge"] : /^[0-9a-f-]{36}$/i.test(id) ? [`/api/knowledge/${id}`] : [];
    },
  },
  {
    path: /^\/(seminarer(\/|$)|tilmelding\/)/,
    sources: ["features/seminars/public-pages.ts", "features/seminars/i18n/da.json"],
    data: (match) => (match.input === "/seminarer" ? ["/api/seminars"] : []),
  },
  {
    // The page asks in the reader's language; Danish (the default) is the one known here.
    path: new RegExp(`^/feedback/${SEGMENT}$`),
    sources: ["features/processes/feedback-pages.ts", "features/processes/i18n/da.json"],
    data: (match) => (match[1].length >= 20 ? [`/api/feedback/${match[1]}?language=da`] : []),
  },
  { path: /^\/feedback\//, sources: ["features/processes/feedback-pages.ts", "features/processes/i18n/da.json"] },
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The files a chunk brings in (itself, its static imports and their CSS), minus what index.html loads. */
export function preloadFiles(manifest: Manifest, sources: string[]): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || seen.has(key)) {
      return;
    }
    seen.add(key);
    scripts.add(chunk.file);
    chunk.css?.forEach((file) => styles.add(file));
    chunk.imports?.forEach(visit);
  };
  sources.forEach(visit);
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Adds the preload links for a page before `</head>`; files index.html names already are left out.
 * API answers are preloaded `as="fetch"` with `crossorigin` (CORS mode, same-origin credentials), as
 * the page's own `fetch` asks for them, or the browser would not hand the preloaded answer over.
 */
export function withPreloads(html: string, files: { scripts: string[]; styles: string[]; data?: string[] }): string {
  const links = [
    ...(files.data ?? []).map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`),
    ...files.scripts
      .filter((file) => !html.includes(`/${file}"`))
      .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...files.styles
      .filter((file) => !html.includes(`/${file}"`))
      .map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ];
  return links.length === 0 ? html : html.replace("</head>", `    ${links.join("\n    ")}\n  </head>`);
}

/**
 * index.html for a path with preloads, or null when the path has none (the file is then sent as
 * built, pre-compressed). Read per request like the other files, so a rebuild is seen; the manifest
 * is parsed again only when it changes.
 */
export function pagePreloader(webRoot: string): (pathname: string, search?: string) => string | null {
  const manifestFile = path.join(webRoot, ".vite/manifest.json");
  let cached: { mtimeMs: number; manifest: Manifest } | undefined;
  const manifest = (): Manifest | null => {
    try {
      const { mtimeMs } = statSync(manifestFile);
      if (cached?.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, manifest: JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest };
      }
      return cached.manifest;
    } catch {
      return null; // a build without a manifest: no preloads, the page still works
    }
  };
  return (pathname, search = "") => {
    const page = PAGE_PRELOADS.find((candidate) => candidate.path.test(pathname));
    const current = page ? manifest() : null;
    if (!page || !current) {
      return null;
    }
    const match = page.path.exec(pathname);
    const data = search === "" && match && page.data ? page.data(match) : [];
    const html = readFileSync(path.join(webRoot, "index.html"), "utf8");
    return withPreloads(html, { ...preloadFiles(current, page.sources), data });
  };
}
