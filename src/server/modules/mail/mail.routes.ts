import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/database.js";
import { requireRole } from "../../http/authenticate.js";
import { listLatestMails } from "./mail.service.js";

export function mailRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get(
    "/api/outbox",
    { schema: { tags: ["mail"], summary: "Mail sent by Samspil (the development outbox)" } },
    async (request) => {
      requireRole(request, "admin");
      const rows = await listLatestMails(db);
      return {
        items: rows.map((row) => ({
          id: row.id,
          to: row.recipient,
          subject: row.subject,
          text: row.body_text,
          createdAt: row.created_at.toISOString(),
          sentAt: row.sent_at?.toISOString() ?? null,
        })),
      };
    },
  );
}
