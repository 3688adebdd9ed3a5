import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";
import { ICON_NAMES } from "../src/web/components/icon-names.js";
import { trimIconSprite } from "./icon-sprite.js";
import { dropUnusedRules, readSources } from "./unused-css.js";

/** Files worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
/** Below this, a compressed answer saves less than a packet (the server's on-the-fly threshold too). */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) next to every compressible file of the
 * build, so the server sends them without compressing per request (ADR 0014). Source maps are
 * left alone: browsers fetch them only with the developer tools open.
 */
export function precompress(): Plugin {
  return {
    name: "samspil:precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? "";
      const work = Object.values(bundle)
        // The manifest (.vite/) is for the bundle benchmark, not for browsers.
        .filter((file) => COMPRESSIBLE.test(file.fileName) && !file.fileName.startsWith("."))
        .map((file) => ({
          target: path.join(outDir, file.fileName),
          bytes: Buffer.from(file.type === "chunk" ? file.code : file.source),
        }))
        .filter(({ bytes }) => bytes.length >= MIN_BYTES)
        .map(async ({ target, bytes }) => {
          const [br, gz] = await Promise.all([
            brotli(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            gzipAsync(bytes, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${target}.br`, br), writeFile(`${target}.gz`, gz)]);
        });
      await Promise.all(work);
    },
  };
}

/** IBM Plex Sans as DKFDS declares it: one @font-face per weight and style. */
const PLEX_FONT_FACE = /@font-face\s*\{[^}]*font-family:\s*["']?IBM Plex Sans["']?;[^}]*\}/g;

/**
 * Drops DKFDS's own IBM Plex Sans @font-face rules (eight faces, each in eot/woff/woff2/ttf, the
 * regular one listing the eot first, without a format hint): src/web/styles.css declares the
 * weights the design system uses, woff2 only.
 */
export function plexSansFromStyles(): Plugin {
  return {
    name: "samspil:plex-sans-from-styles",
    enforce: "pre",
    transform(code, id) {
      if (!/dkfds[\\/]dist[\\/]css[\\/]dkfds\.min\.css/.test(id)) {
        return null;
      }
      return { code: code.replace(PLEX_FONT_FACE, ""), map: null };
    },
  };
}

/**
 * Drops, with PurgeCSS, the DKFDS rules whose classes no file under `sourceRoot` names (unused components and
 * utilities, ~70 % of dkfds.min.css): the stylesheet blocks the first paint and a phone parses and
 * matches every rule on each visit (issue 17). Build only: the dev server keeps the whole file.
 */
export function dkfdsUnusedRules(sourceRoot: string): Plugin {
  return {
    name: "samspil:dkfds-unused-rules",
    apply: "build",
    enforce: "pre",
    async transform(code, id) {
      if (!/dkfds[\\/]dist[\\/]css[\\/]dkfds\.min\.css/.test(id)) {
        return null;
      }
      return { code: await dropUnusedRules(code, readSources(sourceRoot)), map: null };
    },
  };
}

/**
 * DKFDS's icon sprite (`components/icon.tsx`) with only the icons the app shows (`ICON_NAMES`), as a file
 * of its own named after its content: 35 of 151 icons. The browser parses the whole sprite on every visit
 * before it draws an icon (ADR 0014). The development server serves the whole sprite.
 */
export function iconSprite(): Plugin {
  return {
    name: "samspil:icon-sprite",
    apply: "build",
    enforce: "pre",
    async load(id) {
      if (!/dkfds[\\/]dist[\\/]img[\\/]all-svg-icons\.svg\?url$/.test(id)) {
        return null;
      }
      const sprite = await readFile(id.replace(/\?url$/, ""), "utf8");
      const reference = this.emitFile({ type: "asset", name: "icons.svg", source: trimIconSprite(sprite, ICON_NAMES) });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

/** Preloads the regular weight (body text) so the first paint does not wait for the stylesheet to ask for it. */
export function preloadBodyFont(): Plugin {
  return {
    name: "samspil:preload-body-font",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const font = Object.keys(context.bundle ?? {}).find((name) =>
          /IBMPlexSans-Regular-Latin1-[^/]*\.woff2$/.test(name),
        );
        if (!font) {
          throw new Error("The build has no IBMPlexSans-Regular woff2 to preload (src/web/styles.css)");
        }
        return [
          {
            tag: "link",
            attrs: { rel: "preload", href: `/${font}`, as: "font", type: "font/woff2", crossorigin: "" },
            injectTo: "head",
          },
        ];
      },
    },
  };
}

/**
 * Every page asks who is signed in first (`checkSessionEarly` in main.tsx); the link lets the browser
 * ask while the scripts are still on their way instead of after they have run (issue 17). `crossorigin`
 * (CORS mode, same-origin credentials, no extra headers) matches the API client's GET, so its fetch
 * takes this answer.
 */
export function preloadSessionCheck(): Plugin {
  return {
    name: "samspil:preload-session-check",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        { tag: "link", attrs: { rel: "preload", href: "/api/me", as: "fetch", crossorigin: "" }, injectTo: "head" },
      ],
    },
  };
}
