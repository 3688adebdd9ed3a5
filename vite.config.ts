import path from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import {
  dkfdsUnusedRules,
  iconSprite,
  plexSansFromStyles,
  precompress,
  preloadBodyFont,
  preloadSessionCheck,
} from "./scripts/vite-web-plugins.js";

const root = path.resolve(import.meta.dirname, "src/web");

/**
 * A readable name for the lazy chunks: `features/needs/pages.ts` → "needs", `features/assessments/respond-pages.ts`
 * → "assessments-respond", `features/needs/i18n/da.json` → "needs-da"; shared chunks after their
 * library: recharts → "charts", zod → "zod", i18next (the shell's shared part) → "shell"; others keep
 * Rolldown's name.
 */
function chunkName(chunk: { name: string; facadeModuleId: string | null; moduleIds: string[] }): string {
  const area = /features[\\/]([a-z-]+)[\\/](?:(?:([a-z]+)-)?pages\.ts|i18n[\\/](da|en)\.json)$/.exec(
    chunk.facadeModuleId ?? "",
  );
  if (area) {
    return [area[1], area[2], area[3]].filter(Boolean).join("-");
  }
  const has = (library: string) => chunk.moduleIds.some((id) => id.includes(`node_modules/${library}/`));
  return has("recharts") ? "charts" : has("zod") ? "zod" : has("i18next") ? "shell" : chunk.name;
}

/**
 * The React app lives in src/web and is built to dist/web, which the Fastify server serves.
 * `dkfds/dist` is aliased because the package's `exports` only expose its JavaScript.
 * The build writes .br/.gz next to each file for the server to send (ADR 0014) and a manifest
 * (dist/web/.vite/manifest.json) that `npm run bench:bundle` reads.
 */
export default defineConfig({
  root,
  plugins: [
    react(),
    plexSansFromStyles(),
    dkfdsUnusedRules(root),
    iconSprite(),
    preloadBodyFont(),
    preloadSessionCheck(),
    precompress(),
  ],
  resolve: {
    alias: [{ find: /^dkfds-dist\//, replacement: `${path.resolve(import.meta.dirname, "node_modules/dkfds/dist")}/` }],
  },
  build: {
    outDir: path.resolve(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // React and the router change less often than the app: their own file caches across releases.
        // No catch-all vendor group: the entry would import it, and with it the libraries only some
        // areas' pages use: recharts (with d3 and the rest, 92 KB gzip) is a chunk of its own that
        // only the business-case and assessment pages load. A «charts» group would also take the
        // small libraries recharts shares with the shell, and the entry would import it.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
              priority: 3,
            },
            // Everything else the entry loads anyway, in one file: Rolldown would split out each small
            // module a lazy page shares with the entry (alert, field label, …), a request of its own
            // each, and on slow 4G over HTTP/1.1 (six at a time, 150 ms each) those queue (issue 17).
            { name: "shell", tags: ["$initial"], priority: 2 },
            // The same for the small shared parts of the lazy pages (use-api, back link, dialogs, fields):
            // one file of a few KB that the first lazy page brings, not a dozen requests. Not the QR
            // code: it brings the qrcode library (24 KB), which only the pages that draw one load.
            {
              name: "common",
              test: (id) => /src[\\/]web[\\/](components|api|forms)[\\/]/.test(id) && !/qr-code/.test(id),
              priority: 1,
            },
          ],
        },
        // Each area's pages and texts named after the area (needs-…js, needs-da-…js), not «pages».
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
      },
    },
  },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
});
