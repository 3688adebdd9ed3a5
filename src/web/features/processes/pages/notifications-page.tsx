import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { NotificationItem } from "../components/notification-item.js";
import type { NotificationList } from "../../../../domain/notification-views.js";

export function NotificationsPage() {
  const { t } = useTranslation("processes");
  const { data, error, isLoading, reload } = useApi<NotificationList>("/api/notifications");
  const [status, setStatus] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const markRead = async (path: string, done: string) => {
    setIsBusy(true);
    setFailure(null);
    try {
      await api.post(path);
      setStatus(done);
      reload();
    } catch {
      setFailure(t("notifications.markFailed"));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t("notifications.title")} />
      <p className="font-lead">{t("notifications.intro")}</p>
      <p className="results-status" role="status">
        {data
          ? data.unread === 0
            ? t("notifications.noneUnread")
            : t("notifications.unreadCount", { count: data.unread })
          : ""}
        {status ? ` ${status}` : ""}
      </p>
      {failure ? (
        <Alert variant="error" live>
          <p>{failure}</p>
        </Alert>
      ) : null}
      {data && data.unread > 0 ? (
        <div className="button-group page-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={isBusy}
            onClick={() => void markRead("/api/notifications/read-all", t("notifications.allMarked"))}
          >
            <Icon name="check" />
            {t("notifications.markAll")}
          </button>
        </div>
      ) : null}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {isLoading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? (
        <div className="empty-state">
          <p>{t("notifications.empty")}</p>
        </div>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="notification-list no-max-width">
          {data.items.map((item) => (
            <li key={item.id}>
              <NotificationItem
                notification={item}
                isBusy={isBusy}
                onMarkRead={() =>
                  void markRead(
                    `/api/notifications/${item.id}/read`,
                    t("notifications.oneMarked", { title: item.title }),
                  )
                }
              />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
