import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AuditFilter, AuditQuery, type AuditPage } from "../../../domain/audit-views.js";
import { requireActor } from "../../http/authenticate.js";
import { requestLanguage } from "../../http/errors.js";
import type { ModuleDeps } from "../../platform/module.js";
import { exportAuditLog, readAuditLog } from "./audit.service.js";

export function auditRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/audit",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["audit"],
        summary:
          "The audit log (programme managers only): filters by who, entity type, entity and period; keyset pages",
        querystring: AuditQuery,
      },
    },
    async (request): Promise<AuditPage> => readAuditLog(db, requireActor(request), request.query),
  );

  api.get(
    "/api/audit/export.csv",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["audit"],
        summary: "The filtered audit log as CSV in the reader's language, streamed (programme managers only)",
        querystring: AuditFilter,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="revisionslog-${stamp}.csv"`)
        .send(Readable.from(exportAuditLog(db, actor, request.query, requestLanguage(request))));
    },
  );
}
