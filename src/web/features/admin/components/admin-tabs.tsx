import { NavLink } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../auth/auth-context.js";

/** Navigation between the administration pages, as DKFDS tabs (links, aria-current on the open page). */
export function AdminTabs() {
  const { t } = useTranslation(["translation", "admin"]);
  const me = useMe();
  if (me.role !== "admin") {
    return null;
  }
  const tabs = [
    { to: "/admin/brugere", label: t("admin:admin.users") },
    { to: "/admin/kompetencer", label: t("admin:admin.competences") },
    { to: "/admin/log", label: t("admin:admin.audit") },
    { to: "/admin/udbakke", label: t("admin:admin.outbox") },
  ];
  return (
    <nav className="tab-container admin-tabs" aria-label={t("admin:admin.navLabel")}>
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
