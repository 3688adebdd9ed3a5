/** The development outbox (src/server/modules/mail), shared with the browser. */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
  /** File names of the attachments (a seminar confirmation's .ics). */
  attachments: string[];
}
