import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * The JavaScript and CSS a page needs before it can show anything, from the Vite build manifest:
 * the entry (index.html's script) with its static imports and their CSS, plus, once a page is
 * split into its own chunk (a lazy route), that chunk with its static imports. Sizes as sent:
 * raw, gzip and brotli (the .gz/.br files the build writes).
 *
 *   npm run build:web && npm run bench:bundle
 */

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const webRoot = path.resolve(process.env.BENCH_WEB_ROOT ?? path.join(import.meta.dirname, "../dist/web"));
const manifestFile = path.join(webRoot, ".vite/manifest.json");

/**
 * Pages by their source files under src/web: the page, or the lazy chunk it comes in (a feature
 * area's `pages.ts`) with the area's Danish texts; a page not in a chunk of its own loads with the entry.
 */
const PAGES = [
  { name: "login", sources: ["pages/login-page.tsx"] },
  { name: "home", sources: ["features/home/pages.ts", "features/home/i18n/da.json"] },
  {
    name: "open calls",
    sources: ["features/needs/public-pages.ts", "features/needs/i18n/da.json", "features/organisations/i18n/da.json"],
  },
  { name: "seminars", sources: ["features/seminars/public-pages.ts", "features/seminars/i18n/da.json"] },
  { name: "knowledge portal", sources: ["features/knowledge/public-pages.ts", "features/knowledge/i18n/da.json"] },
  {
    name: "respondent link",
    sources: ["features/assessments/respond-pages.ts", "features/assessments/i18n/da.json"],
  },
  { name: "feedback link", sources: ["features/processes/feedback-pages.ts", "features/processes/i18n/da.json"] },
];

/** The files a chunk brings in: itself, its static imports (recursively) and their CSS. */
function collect(manifest: Manifest, key: string, files: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) {
    return;
  }
  files.add(chunk.file);
  for (const css of chunk.css ?? []) {
    files.add(css);
  }
  for (const imported of chunk.imports ?? []) {
    collect(manifest, imported, files);
  }
}

function sizes(file: string): { raw: number; gzip: number; brotli: number } {
  const full = path.join(webRoot, file);
  const bytes = readFileSync(full);
  const gzip = existsSync(`${full}.gz`) ? readFileSync(`${full}.gz`).length : gzipSync(bytes, { level: 9 }).length;
  const brotli = existsSync(`${full}.br`)
    ? readFileSync(`${full}.br`).length
    : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: bytes.length, gzip, brotli };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  if (!existsSync(manifestFile)) {
    throw new Error(`No build manifest at ${manifestFile}: run "npm run build:web" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) {
    throw new Error("The build manifest has no entry");
  }
  const rows = [["page", "files", "JS+CSS raw", "gzip", "brotli", "own chunk"]];
  for (const page of PAGES) {
    const files = new Set<string>();
    collect(manifest, entry, files);
    const hasOwnChunk = page.sources[0] in manifest;
    for (const source of page.sources) {
      collect(manifest, source, files);
    }
    const total = [...files]
      .filter((file) => /\.(js|css)$/.test(file))
      .map(sizes)
      .reduce((sum, size) => ({
        raw: sum.raw + size.raw,
        gzip: sum.gzip + size.gzip,
        brotli: sum.brotli + size.brotli,
      }));
    rows.push([
      page.name,
      String(files.size),
      kb(total.raw),
      kb(total.gzip),
      kb(total.brotli),
      hasOwnChunk ? "yes" : "no",
    ]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) {
    console.log(
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join("  "),
    );
  }
}

main();
