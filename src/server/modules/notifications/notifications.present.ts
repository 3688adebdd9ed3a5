import type { AppNotification } from "../../../domain/notification-views.js";
import type { listNotifications } from "./notifications.service.js";

type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

export function presentNotification(row: NotificationRow): AppNotification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
  };
}
