import nodemailer, { type Transporter } from "nodemailer";
import { nextMailAttempt } from "../../../domain/mail-delivery.js";
import type { Db } from "../../db/database.js";
import type { MailAttachment } from "../../db/schema.js";
import {
  claimDueMail,
  deleteOutboxTo,
  findOutboxMentioning,
  insertOutboxMail,
  listOutbox,
  markOutboxMailFailed,
  markOutboxMailSent,
  updateOutboxText,
} from "./mail.repo.js";

export interface Mailer {
  /** Writes the mail to the outbox in the caller's transaction: it is sent only if that transaction commits. */
  send: (
    db: Db,
    message: { to: string; subject: string; text: string; attachments?: MailAttachment[] },
  ) => Promise<void>;
  /** Sends the mails that are due (any instance may call it at any time); undefined when there were none. */
  deliverDue: (db: Db, now?: Date) => Promise<MailDelivery | undefined>;
}

export interface MailDelivery {
  sent: number;
  failed: number;
  gaveUp: number;
}

/** A claimed mail is this instance's for this long; the SMTP timeouts below end a send well within it. */
const LEASE_MS = 2 * 60 * 1000;
const BATCH = 20;

/**
 * A transactional outbox (docs/decisions/0015). Every mail is a row in the outbox table (shown on the
 * outbox page). With SMTP_URL set, the row is due for delivery at once; the delivery job on every instance
 * claims due rows, sends them and marks them sent, or counts the failure and tries again later with backoff,
 * so a failing SMTP server delays mail but loses none. Without SMTP_URL the outbox is only a record.
 */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  const transport: Transporter | null = options.smtpUrl
    ? nodemailer.createTransport({
        url: options.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
    : null;
  return {
    async send(db, message) {
      await insertOutboxMail(db, {
        recipient: message.to,
        subject: message.subject,
        bodyText: message.text,
        nextAttemptAt: transport ? new Date() : null,
        attachments: message.attachments,
      });
    },
    async deliverDue(db, now = new Date()) {
      if (!transport) {
        return undefined;
      }
      const claimed = await claimDueMail(db, now, new Date(now.getTime() + LEASE_MS), BATCH);
      if (claimed.length === 0) {
        return undefined;
      }
      const outcome: MailDelivery = { sent: 0, failed: 0, gaveUp: 0 };
      for (const mail of claimed) {
        try {
          await transport.sendMail({
            from: options.from,
            to: mail.recipient,
            subject: mail.subject,
            text: mail.body_text,
            attachments: mail.attachments,
          });
          await markOutboxMailSent(db, mail.id, new Date());
          outcome.sent += 1;
        } catch (error) {
          const next = nextMailAttempt(mail.attempts, new Date());
          const message = error instanceof Error ? error.message : String(error);
          await markOutboxMailFailed(db, mail.id, next, message.slice(0, 500));
          outcome[next === null ? "gaveUp" : "failed"] += 1;
        }
      }
      return outcome;
    },
  };
}

/** The latest mails, newest first, for the outbox page. */
export function listLatestMails(db: Db) {
  return listOutbox(db, 100);
}

/**
 * Erasure of a person (GDPR Art. 17), inside the erasing transaction: the mails to them are deleted,
 * and other mails that name them are rewritten by `rewrite` (the pseudonym in place of name and e-mail).
 */
export async function eraseMailTo(
  trx: Db,
  email: string,
  needles: string[],
  rewrite: (text: string) => string,
): Promise<void> {
  await deleteOutboxTo(trx, email);
  for (const mail of await findOutboxMentioning(trx, needles)) {
    await updateOutboxText(trx, mail.id, rewrite(mail.subject), rewrite(mail.body_text));
  }
}
