import { Link, useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Me } from "../../domain/auth.js";
import { featureMenuItems, type AnyT } from "../features/registry.js";

interface MenuItem {
  to: string;
  label: string;
  isActive: (pathname: string) => boolean;
}

export function menuItems(me: Me | null, t: AnyT): MenuItem[] {
  if (!me) {
    return [];
  }
  const items: MenuItem[] = [
    { to: "/", label: t("nav.home"), isActive: (path) => path === "/" },
    { to: "/organisationer", label: t("nav.organisations"), isActive: (path) => path.startsWith("/organisationer") },
    ...featureMenuItems(me, t),
  ];
  if (me.role === "admin") {
    items.push({ to: "/admin/brugere", label: t("nav.admin"), isActive: (path) => path.startsWith("/admin") });
  } else if (me.role === "agent") {
    items.push({
      to: "/admin/kompetencer",
      label: t("nav.competences"),
      isActive: (path) => path.startsWith("/admin"),
    });
  }
  return items;
}

function currentValue(item: MenuItem, pathname: string): "page" | "true" | undefined {
  if (pathname === item.to) {
    return "page";
  }
  return item.isActive(pathname) ? "true" : undefined;
}

/** The main menu, for the desktop bar and the mobile drawer (DKFDS `mainmenu`). */
export function MainMenu({
  me,
  onNavigate,
  variant,
}: {
  me: Me | null;
  onNavigate?: () => void;
  variant: "desktop" | "mobile";
}) {
  const { t } = useTranslation(["translation", "needs", "processes", "businessCases", "assessments"]);
  const { pathname } = useLocation();
  const items = menuItems(me, t);
  if (items.length === 0) {
    return null;
  }
  return (
    <nav
      className={variant === "desktop" ? "nav" : "navigation-menu-mobile"}
      aria-label={variant === "desktop" ? t("nav.label") : t("nav.mobileLabel")}
    >
      <ul className="mainmenu">
        {items.map((item) => {
          const isActive = item.isActive(pathname);
          return (
            <li key={item.to} className={isActive ? (variant === "desktop" ? "active" : "current") : undefined}>
              <Link to={item.to} className="nav-link" aria-current={currentValue(item, pathname)} onClick={onNavigate}>
                <span>{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
