import { renderMessage, type Message } from "../../../domain/messages/index.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { Mailer } from "../mail/mail.service.js";
import {
  countUnreadOfUser,
  deleteNotificationsOf,
  findNotificationsMentioning,
  insertNotifications,
  listNotificationsOfUser,
  markNotificationsRead,
  updateNotificationText,
} from "./notifications.repo.js";

/** A person with an account: their notifications and e-mails are written in their own language. */
export interface Recipient {
  id: string;
  email: string;
  language: Language;
}

export interface Notification {
  kind: string;
  /** What happened; rendered for each recipient in their language. */
  message: Message;
  /** An in-app path such as /forloeb/<id>. */
  link: string;
}

export interface Notifier {
  notify: (db: Db, recipients: Recipient[], notification: Notification) => Promise<void>;
}

/** In-app notifications, each also sent as an e-mail (kept in the outbox, delivered when SMTP is set). */
export function createNotifier(mailer: Mailer, publicUrl: string): Notifier {
  return {
    async notify(db, recipients, notification) {
      const unique = [...new Map(recipients.map((recipient) => [recipient.id, recipient])).values()];
      const letters = unique.map((recipient) => ({
        recipient,
        ...renderMessage(notification.message, recipient.language),
      }));
      await insertNotifications(
        db,
        letters.map(({ recipient, subject, text }) => ({
          userId: recipient.id,
          kind: notification.kind,
          title: subject,
          body: text,
          link: notification.link,
        })),
      );
      for (const { recipient, subject, text } of letters) {
        await mailer.send(db, { to: recipient.email, subject, text: `${text}\n\n${publicUrl}${notification.link}` });
      }
    },
  };
}

export function listNotifications(db: Db, userId: string) {
  return listNotificationsOfUser(db, userId, 50);
}

export function countUnread(db: Db, userId: string): Promise<number> {
  return countUnreadOfUser(db, userId);
}

export function markRead(db: Db, userId: string, id: string | null): Promise<number> {
  return markNotificationsRead(db, userId, id);
}

/**
 * Erasure of a person (GDPR Art. 17), inside the erasing transaction: their notifications are deleted,
 * and other people's notifications that name them are rewritten by `rewrite`.
 */
export async function eraseNotificationsOf(
  trx: Db,
  userId: string,
  needles: string[],
  rewrite: (text: string) => string,
): Promise<void> {
  await deleteNotificationsOf(trx, userId);
  for (const notification of await findNotificationsMentioning(trx, needles)) {
    await updateNotificationText(trx, notification.id, rewrite(notification.title), rewrite(notification.body));
  }
}
