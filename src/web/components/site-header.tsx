import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useAuth } from "../auth/auth-context.js";
import { Icon } from "./icon.js";
import { LanguageSwitch } from "./language-switch.js";
import { MainMenu } from "./main-menu.js";
import { roleLabel } from "./role-label.js";

/** Tab and Shift+Tab cycle inside the open drawer (it is a modal dialog). */
function keepFocusInside(event: KeyboardEvent<HTMLDivElement>): void {
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>("a[href], button:not([disabled])")];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) {
    return;
  }
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The DKFDS header: portal bar (user, language, log out), solution bar, main menu, mobile drawer.
 * A signed-out person (login, a respondent's or a feedback link) has no menu: no «Menu» button on a
 * phone, and the language switch stays in the portal bar instead of in the drawer.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setIsDrawerOpen(false);
  }, [pathname]);

  useEffect(() => {
    document.body.classList.toggle("mobile-nav-active", isDrawerOpen);
    if (isDrawerOpen) {
      closeButton.current?.focus();
    }
  }, [isDrawerOpen]);

  const closeDrawer = () => {
    setIsDrawerOpen(false);
    openButton.current?.focus();
  };

  const signOut = async () => {
    await logout();
    void navigate("/login", { replace: true });
  };

  const user = me ? (
    <p className="user">
      <Link to="/mine-data" className="username weight-semibold" aria-label={`${me.name}: ${t("header.account")}`}>
        {me.name}
      </Link>
      <span className="user-role">
        {roleLabel(t, me.role)}
        {me.organisationName ? `, ${me.organisationName}` : ""}
      </span>
    </p>
  ) : null;

  const logOffButton = me ? (
    <button type="button" className="function-link d-print-none log-off" onClick={() => void signOut()}>
      <Icon name="lock" />
      {t("header.logout")}
    </button>
  ) : null;

  return (
    <header className="header">
      <a
        className="skipnav"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById("main-content")?.focus();
        }}
      >
        {t("header.skipLink")}
      </a>
      <div className="portal-info">
        <div className="portal-info-inner container">
          <Link to="/" className="samspil-logo">
            <span className="samspil-logo-mark" aria-hidden="true">
              S
            </span>
            <span>{t("app.name")}</span>
          </Link>
          {me ? (
            <button
              ref={openButton}
              type="button"
              className="function-link button-menu-open js-menu-open ml-auto d-print-none"
              aria-haspopup="dialog"
              aria-expanded={isDrawerOpen}
              onClick={() => setIsDrawerOpen(true)}
            >
              <Icon name="menu" />
              {t("header.menu")}
            </button>
          ) : null}
          <div className={me ? "portal-user" : "portal-user portal-user-public d-flex align-items-center ml-auto"}>
            {me ? null : (
              // The seminars and the knowledge portal are public: found from every page without login.
              <>
                <Link to="/seminarer" className="function-link d-print-none public-knowledge-link">
                  {t("header.seminars")}
                </Link>
                <Link to="/viden" className="function-link d-print-none public-knowledge-link">
                  {t("header.knowledge")}
                </Link>
              </>
            )}
            {user}
            <LanguageSwitch />
            {logOffButton}
          </div>
        </div>
      </div>
      <div className="solution-info">
        <div className="container solution-info-inner">
          <div className="solution-heading">
            <Link to="/">{t("app.solution")}</Link>
          </div>
          <div className="additional-info">
            <p className="authority-name">{t("app.programme")}</p>
          </div>
        </div>
      </div>
      {me ? (
        <div className="navigation-menu">
          <div className="navigation-menu-inner container">
            <MainMenu me={me} variant="desktop" />
          </div>
        </div>
      ) : null}
      {me ? (
        <>
          <div className={isDrawerOpen ? "overlay is-visible" : "overlay"} onClick={closeDrawer} aria-hidden="true" />
          <div
            className={isDrawerOpen ? "mobile-drawer is-visible" : "mobile-drawer"}
            role="dialog"
            aria-modal="true"
            aria-labelledby="menu-heading"
            hidden={!isDrawerOpen}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                closeDrawer();
              } else if (event.key === "Tab") {
                keepFocusInside(event);
              }
            }}
          >
            <div className="menu-top">
              <h2 id="menu-heading" className="menu-heading">
                {t("header.menu")}
              </h2>
              <button
                ref={closeButton}
                type="button"
                className="function-link button-menu-close js-menu-close"
                onClick={closeDrawer}
              >
                <Icon name="close" />
                {t("header.close")}
              </button>
            </div>
            <MainMenu me={me} variant="mobile" onNavigate={() => setIsDrawerOpen(false)} />
            <div className="portal-info-mobile">
              {user}
              <LanguageSwitch />
              {logOffButton}
            </div>
          </div>
        </>
      ) : null}
    </header>
  );
}
