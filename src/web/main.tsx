import "dkfds-dist/css/dkfds.min.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { createRouter } from "./app.js";
import { AuthProvider, checkSessionEarly } from "./auth/auth-context.js";
import { preloadFirstPage } from "./features/lazy-pages.js";
import { initI18n } from "./i18n/i18n.js";

const sessionChecked = checkSessionEarly();
initI18n();
const router = createRouter();
const container = document.getElementById("root");
if (!container) {
  throw new Error("index.html has no #root element");
}

/**
 * The first render waits for who is signed in and for the first page's chunk and texts (all asked for
 * by index.html, so mostly there when the scripts have run): one render of the finished frame instead
 * of a header and spinner, rendered again twice, and a page held back by React's Suspense throttling
 * (features/lazy-pages.tsx). At most a second: then it renders with the spinner, as before.
 */
const FIRST_RENDER_WAITS_AT_MOST_MS = 1000;
const firstRenderReady = Promise.race([
  Promise.all([sessionChecked, preloadFirstPage(router.state.matches.map((match) => match.route.element))]),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAITS_AT_MOST_MS)),
]);
// Not a top-level await: the lazy chunks import this module.
void firstRenderReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </StrictMode>,
  ),
);
