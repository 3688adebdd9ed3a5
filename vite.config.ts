import path from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { plexSansFromStyles, precompress, preloadBodyFont } from "./scripts/vite-web-plugins.js";

const root = path.resolve(import.meta.dirname, "src/web");

/**
 * The React app lives in src/web and is built to dist/web, which the Fastify server serves.
 * `dkfds/dist` is aliased because the package's `exports` only expose its JavaScript.
 * The build writes .br/.gz next to each file for the server to send (ADR 0014) and a manifest
 * (dist/web/.vite/manifest.json) that `npm run bench:bundle` reads.
 */
export default defineConfig({
  root,
  plugins: [react(), plexSansFromStyles(), preloadBodyFont(), precompress()],
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
        // Libraries change less often than the app: separate files cache longer.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: "vendor", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
});
