import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../../db/database.js";

export interface Mailer {
  send: (db: Db, message: { to: string; subject: string; text: string }) => Promise<void>;
}

/**
 * Every mail is written to the outbox table (shown on the outbox page); when SMTP_URL is set,
 * nodemailer also delivers it and the row is marked sent.
 */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  const transport: Transporter | null = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(db, message) {
      const row = await db
        .insertInto("outbox")
        .values({ recipient: message.to, subject: message.subject, body_text: message.text })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (transport) {
        await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
        await db.updateTable("outbox").set({ sent_at: new Date() }).where("id", "=", row.id).execute();
      }
    },
  };
}
