/** The API's answers about in-app notifications (src/server/modules/notifications), shared with the browser. */
export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  unread: number;
  items: AppNotification[];
}
