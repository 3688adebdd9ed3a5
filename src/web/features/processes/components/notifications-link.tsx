import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { Icon } from "../../../components/icon.js";
import type { NotificationList } from "../../../../domain/notification-views.js";

/** The bell: a link to the notifications with the unread count in its text. */
export function NotificationsLink() {
  const { t } = useTranslation("processes");
  const { data } = useApi<NotificationList>("/api/notifications");
  const unread = data?.unread ?? 0;
  return (
    <Link to="/notifikationer" className="button button-secondary notifications-link">
      <Icon name="notifications" />
      {unread > 0 ? t("notifications.linkUnread", { count: unread }) : t("notifications.link")}
    </Link>
  );
}
