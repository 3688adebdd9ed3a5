import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/database.js";
import { listLatestMails } from "./mail.service.js";
import { presentOutboxMail } from "./mail.present.js";

export function mailRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get(
    "/api/outbox",
    {
      config: { roles: ["admin"] },
      schema: { tags: ["mail"], summary: "Mail sent by Samspil (the development outbox)" },
    },
    async (request) => {
      const rows = await listLatestMails(db);
      return {
        items: rows.map(presentOutboxMail),
      };
    },
  );
}
