import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/database.js";
import { requireRole } from "../../http/authenticate.js";
import { presentOutboxMail } from "./mail.present.js";

export function mailRoutes(app: FastifyInstance, db: Db): void {
  app.get(
    "/api/outbox",
    { schema: { tags: ["mail"], summary: "Mail sent by Samspil (the development outbox)" } },
    async (request) => {
      requireRole(request, "admin");
      const rows = await db.selectFrom("outbox").selectAll().orderBy("created_at", "desc").limit(100).execute();
      return {
        items: rows.map(presentOutboxMail),
      };
    },
  );
}
