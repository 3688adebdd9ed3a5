import { useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { SiteHeader } from "./site-header.js";

/** Page frame. After each route change, focus moves to the new page's h1 (WCAG 2.4.3). */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1");
    (heading ?? document.getElementById("main-content"))?.focus();
  }, [pathname]);

  return (
    <>
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="container samspil-main">
        <Outlet />
      </main>
      <footer className="footer">
        <div className="container">
          <p className="footer-text">{t("footer.text")}</p>
        </div>
      </footer>
    </>
  );
}
