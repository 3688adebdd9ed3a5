import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ProgrammeSettings } from "../../../domain/programme/indicators.js";
import { requireActor } from "../../http/authenticate.js";
import { requestLanguage } from "../../http/errors.js";
import type { ModuleDeps } from "../../platform/module.js";
import { buildProgrammeCsv, buildProgrammeWorkbook } from "./programme-export.js";
import {
  allEvidence,
  buildDashboard,
  indicatorEvidence,
  loadSettings,
  ownPart,
  publicSummary,
  saveSettings,
} from "./programme.service.js";

const tags = ["programme"];
const today = () => new Date().toISOString().slice(0, 10);
const CodeParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/) });
const RangeQuery = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .strict()
  .refine((value) => !value.from || !value.to || value.from <= value.to, { message: "period_order", path: ["to"] });

/** Where the links in an export point: the address the caller used. */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export function programmeRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/programme/dashboard",
    {
      config: { roles: ["admin", "agent"] },
      schema: {
        tags,
        summary: "Indicators computed from the work, with milestones; the funnel; collaboration statistics",
        querystring: RangeQuery,
      },
    },
    (request) => buildDashboard(db, requestLanguage(request), today(), request.query),
  );

  api.get(
    "/api/programme/indicators/:code/evidence",
    {
      config: { roles: ["admin", "agent"] },
      schema: { tags, summary: "The organisations, processes or seminars that make one indicator", params: CodeParams },
    },
    (request) => indicatorEvidence(db, request.params.code, requestLanguage(request), today()),
  );

  api.get(
    "/api/programme/export.xlsx",
    {
      config: { roles: ["admin", "agent"] },
      schema: { tags, summary: "Every indicator with its evidence rows, one sheet per indicator" },
    },
    async (request, reply) => {
      const language = requestLanguage(request);
      const { programme, indicators } = await allEvidence(db, language, today());
      const book = buildProgrammeWorkbook(programme.name, indicators, language, originOf(request));
      reply.header("content-disposition", `attachment; filename="programme-indicators-${today()}.xlsx"`);
      return reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(book);
    },
  );

  api.get(
    "/api/programme/export.csv",
    {
      config: { roles: ["admin", "agent"] },
      schema: { tags, summary: "Every indicator's evidence rows as one CSV" },
    },
    async (request, reply) => {
      const language = requestLanguage(request);
      const { indicators } = await allEvidence(db, language, today());
      reply.header("content-disposition", `attachment; filename="programme-indicators-${today()}.csv"`);
      return reply.type("text/csv; charset=utf-8").send(buildProgrammeCsv(indicators, language, originOf(request)));
    },
  );

  api.get(
    "/api/programme/mine",
    {
      config: { roles: ["member"] },
      schema: { tags, summary: "The caller's own organisation's part of the programme (its rows only)" },
    },
    (request) => ownPart(db, requireActor(request), requestLanguage(request)),
  );

  api.get(
    "/api/programme/settings",
    {
      config: { roles: ["admin"] },
      schema: { tags, summary: "Name, period, themes, indicator cards (programme manager)" },
    },
    (request) => loadSettings(db, requestLanguage(request)),
  );

  api.put(
    "/api/programme/settings",
    {
      config: { roles: ["admin"] },
      schema: {
        tags,
        summary: "Keep the programme: name, period, themes, indicators, public summary",
        body: ProgrammeSettings,
      },
    },
    (request) => saveSettings(db, requireActor(request), request.body, requestLanguage(request), request.id),
  );

  api.get(
    "/api/public/programme",
    {
      config: { public: true },
      schema: { tags, summary: "The public summary (aggregates only, no names); 404 while switched off" },
    },
    (request) => publicSummary(db, requestLanguage(request)),
  );
}
