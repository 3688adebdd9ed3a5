import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AuditPage } from "../../../domain/audit-views.js";
import { presentAuditEntry } from "./audit.present.js";
import type { Db } from "../../db/database.js";
import { listAudit } from "./audit.repo.js";

const AuditQuery = z
  .object({
    entity: z.string().max(50).optional(),
    entityId: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .transform((value) => Math.min(value, 100))
      .default(50),
  })
  .strict();

export function auditRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/audit",
    {
      config: { roles: ["admin"] },
      schema: { tags: ["audit"], summary: "The audit log (programme managers only)", querystring: AuditQuery },
    },
    async (request): Promise<AuditPage> => {
      const { rows, total } = await listAudit(db, request.query);
      return {
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
        items: rows.map(presentAuditEntry),
      };
    },
  );
}
