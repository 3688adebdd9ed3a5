import { useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../auth/auth-context.js";
import { TabNav } from "../../../components/tab-nav.js";

/** Navigation between the administration pages, as DKFDS tabs (links, aria-current on the open page). */
export function AdminTabs() {
  const { t } = useTranslation(["translation", "admin"]);
  const me = useMe();
  const { pathname } = useLocation();
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
    <TabNav
      label={t("admin:admin.navLabel")}
      className="admin-tabs"
      items={tabs.map((tab) => ({ ...tab, isCurrent: pathname === tab.to || pathname.startsWith(`${tab.to}/`) }))}
    />
  );
}
