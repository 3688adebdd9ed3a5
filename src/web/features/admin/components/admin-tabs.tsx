import { NavLink } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/auth-context.js";

/** Navigation between the administration pages, as DKFDS tabs (links, aria-current on the open page). */
export function AdminTabs() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.role !== "admin") {
    return null;
  }
  const tabs = [
    { to: "/admin/brugere", label: t("admin.users") },
    { to: "/admin/kompetencer", label: t("admin.competences") },
    { to: "/admin/log", label: t("admin.audit") },
    { to: "/admin/udbakke", label: t("admin.outbox") },
  ];
  return (
    <nav className="tab-container admin-tabs" aria-label={t("admin.navLabel")}>
      <ul className="tab-list">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} className="tab-button">
              <span>{tab.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
