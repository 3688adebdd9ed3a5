import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { AppNotification } from "../../../../domain/notification-views.js";

/** One notification; following its link marks it as read. */
export function NotificationItem({
  notification,
  isBusy,
  onMarkRead,
}: {
  notification: AppNotification;
  isBusy: boolean;
  onMarkRead: () => void;
}) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const kindLabel =
    notification.kind === "gate_decision"
      ? t("notifications.kindGate")
      : notification.kind === "task_due"
        ? t("notifications.kindTask")
        : t("notifications.kindOther");
  const isInternal = notification.link.startsWith("/");
  const newBadge = notification.read ? null : <span className="badge badge-info">{t("notifications.new")}</span>;
  return (
    <article
      className={notification.read ? "notification" : "notification notification-unread"}
      aria-labelledby={`notification-${notification.id}`}
    >
      <p className="notification-meta">
        {newBadge} {kindLabel} ·{" "}
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, language)}</time>
      </p>
      <h2 className="h4 notification-title" id={`notification-${notification.id}`}>
        {notification.title}
      </h2>
      <p className="notification-body">{notification.body}</p>
      <div className="notification-actions">
        {isInternal ? (
          <Link
            to={notification.link}
            className="function-link"
            onClick={() => {
              if (!notification.read) {
                void api.post(`/api/notifications/${notification.id}/read`).catch(() => undefined);
              }
            }}
          >
            {t("notifications.open")}
          </Link>
        ) : null}
        {notification.read ? null : (
          <button type="button" className="function-link" disabled={isBusy} onClick={onMarkRead}>
            {t("notifications.markOne")}
            <span className="sr-only">: {notification.title}</span>
          </button>
        )}
      </div>
    </article>
  );
}
