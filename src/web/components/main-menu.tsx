import { Link, useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Me } from "../../domain/auth.js";
import type { AnyT, FeatureMenuItem as MenuItem } from "../features/feature.js";
import { ALL_NAMESPACES, featureMenuItems } from "../features/registry.js";

export function menuItems(me: Me | null, t: AnyT): MenuItem[] {
  if (!me) {
    return [];
  }
  return [{ to: "/", label: t("nav.home"), isActive: (path) => path === "/" }, ...featureMenuItems(me, t)];
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
  const { t } = useTranslation(ALL_NAMESPACES);
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
