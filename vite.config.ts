import path from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = path.resolve(import.meta.dirname, "src/web");

/**
 * The React app lives in src/web and is built to dist/web, which the Fastify server serves.
 * `dkfds/dist` is aliased because the package's `exports` only expose its JavaScript.
 */
export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: [{ find: /^dkfds-dist\//, replacement: `${path.resolve(import.meta.dirname, "node_modules/dkfds/dist")}/` }],
  },
  build: {
    outDir: path.resolve(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
});
