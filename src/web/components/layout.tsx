import { Suspense, useEffect, useRef } from "react";
import { Outlet, useLocation, useMatches } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { Loading } from "./loading.js";
import { SiteHeader } from "./site-header.js";

/**
 * After each route change, focus moves to the new page's h1 (WCAG 2.4.3). It sits inside the
 * `Suspense`, so for a page whose chunk is still on its way it runs once the page is there.
 */
function FocusHeading({ isFirstRender }: { isFirstRender: { current: boolean } }) {
  const { pathname } = useLocation();
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1");
    (heading ?? document.getElementById("main-content"))?.focus();
  }, [pathname, isFirstRender]);
  return null;
}

/** Page frame: header, the page (loaded lazily for the feature areas) and footer. */
export function Layout() {
  const { t } = useTranslation();
  const matches = useMatches();
  const isFirstRender = useRef(true);
  // A fresh boundary per route, so that a page still loading shows the loading indicator (which
  // the browser journeys wait for) instead of the previous page staying on screen.
  const routeId = matches[matches.length - 1]?.id;

  return (
    <>
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="container samspil-main">
        <Suspense key={routeId} fallback={<Loading />}>
          <Outlet />
          <FocusHeading isFirstRender={isFirstRender} />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="container">
          <p className="footer-text">{t("footer.text")}</p>
        </div>
      </footer>
    </>
  );
}
