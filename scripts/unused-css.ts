import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PurgeCSS } from "purgecss";

/**
 * Trims a minified stylesheet (DKFDS's dkfds.min.css) to the rules the app can use, with PurgeCSS: a
 * selector stays when each class in it is named somewhere in the app's sources. The render-blocking
 * stylesheet was 300 KB, mostly DKFDS components and utilities Samspil never uses (date picker, side
 * menu, responsive spacing classes); a phone parses and matches all of it on every visit (issue 17).
 */

/** The text of every source file under `dir` (scripts, styles, HTML, texts), tests left out. */
export function readSources(dir: string): string {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        walk(full);
      } else if (/\.(tsx?|css|html|json)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        files.push(full);
      }
    }
  };
  walk(dir);
  return files.map((file) => readFileSync(file, "utf8")).join("\n");
}

/** Prefixes of classes built at run time: `alert-${variant}` and "alert-" + variant name every «alert-…» class. */
export function dynamicClassPrefixes(sources: string): string[] {
  return [...new Set([...sources.matchAll(/([A-Za-z][\w-]*-)(?:\$\{|["'`]\s*\+)/g)].map((match) => match[1]))];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * HTML's elements (the living standard's list) and the SVG root: all count as present, since the app
 * renders elements its sources never spell out (a <kbd> in a text, the browser's own <hr>, charts' <svg>).
 */
const ELEMENTS = `a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code
col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3
h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav
noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script search section select slot
small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul
var video wbr svg`;

/**
 * The stylesheet without the rules no source can use. Only classes decide: every word of the sources
 * counts (as a class, id, attribute name or value), every HTML element counts as present; a class built
 * at run time from a prefix keeps every class with that prefix. PurgeCSS ignores classes inside :not(…)
 * (`ul:not(.nobullet-list) li` stays whether or not the app uses the class); @font-face, @keyframes and
 * custom properties stay as they are.
 */
export async function dropUnusedRules(css: string, sources: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [
      { raw: sources, extension: "txt" },
      { raw: ELEMENTS, extension: "txt" },
    ],
    css: [{ raw: css }],
    // Words of letters, digits, «_» and «-» (DKFDS's class names have no escaped characters).
    defaultExtractor: (content) => content.match(/[\w-]+/g) ?? [],
    safelist: { standard: dynamicClassPrefixes(sources).map((prefix) => new RegExp(`^${escapeRegExp(prefix)}`)) },
    fontFace: false,
    keyframes: false,
    variables: false,
  });
  return result.css;
}
