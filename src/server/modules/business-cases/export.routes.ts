import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { computeBusinessCase } from "../../../domain/business-case/results.js";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import { presentBusinessCase } from "./business-cases.present.js";
import { loadVisibleCase } from "./business-cases.service.js";
import { renderBusinessCaseReport } from "./report.js";
import { buildBusinessCaseWorkbook } from "./xlsx-export.js";

const IdParams = z.object({ id: z.uuid() });

/** An ASCII file name from the title: "Loftlifte i Aarhus Syd" → "loftlifte-i-aarhus-syd". */
function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return ascii.slice(0, 60) || "business-case";
}

/** The workbook and the printable report, built from what the reader may see. */
export function exportRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["business cases"];

  api.get(
    "/api/business-cases/:id/export.xlsx",
    {
      schema: {
        tags,
        summary: "XLSX with named inputs and live formulas (the company side only for those who may see it)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const found = await loadVisibleCase(db, requireActor(request), request.params.id);
      const businessCase = presentBusinessCase(found.row, found.access);
      const workbook = await buildBusinessCaseWorkbook(businessCase, computeBusinessCase(businessCase.inputs));
      reply.header("content-disposition", `attachment; filename="business-case-${slugify(businessCase.title)}.xlsx"`);
      return reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(workbook);
    },
  );

  api.get(
    "/api/business-cases/:id/report",
    {
      schema: {
        tags,
        summary: "A printable HTML report in Danish (the company side only for those who may see it)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const found = await loadVisibleCase(db, requireActor(request), request.params.id);
      const businessCase = presentBusinessCase(found.row, found.access);
      return reply
        .type("text/html; charset=utf-8")
        .send(renderBusinessCaseReport(businessCase, computeBusinessCase(businessCase.inputs), clock.now()));
    },
  );
}
