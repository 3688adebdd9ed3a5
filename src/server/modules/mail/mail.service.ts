import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../../db/database.js";
import type { MailAttachment } from "../../db/schema.js";
import {
  deleteOutboxTo,
  findOutboxMentioning,
  insertOutboxMail,
  listOutbox,
  markOutboxMailSent,
  updateOutboxText,
} from "./mail.repo.js";

export interface Mailer {
  send: (
    db: Db,
    message: { to: string; subject: string; text: string; attachments?: MailAttachment[] },
  ) => Promise<void>;
}

/**
 * Every mail is written to the outbox table (shown on the outbox page); when SMTP_URL is set,
 * nodemailer also delivers it and the row is marked sent.
 */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  const transport: Transporter | null = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(db, message) {
      const id = await insertOutboxMail(db, {
        recipient: message.to,
        subject: message.subject,
        bodyText: message.text,
        attachments: message.attachments,
      });
      if (transport) {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          attachments: message.attachments,
        });
        await markOutboxMailSent(db, id);
      }
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
