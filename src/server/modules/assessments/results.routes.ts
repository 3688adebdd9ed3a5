import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { GapNeedInput } from "../../../domain/assessment/index.js";
import { DIMENSIONS } from "../../../domain/dimensions.js";
import { localize } from "../../../domain/questionnaire/index.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { forbidden, requestLanguage } from "../../http/errors.js";
import { describeAssessment, loadManagedAssessment } from "./assessments.service.js";
import { buildAnswersWorkbook } from "./export-xlsx.js";
import { createNeedFromGap } from "./gap-need.service.js";
import { REPORT_CSP, renderAssessmentReport } from "./report-html.js";
import { listSubmittedResponses } from "./respondents.repo.js";
import { loadResults } from "./results.service.js";

const IdParams = z.object({ id: z.uuid() });
const GapParams = z.object({ id: z.uuid(), dimension: z.enum(DIMENSIONS) });
const tags = ["assessment results"];

/** An ASCII file name: "Vurdering – Aarhus Syd" → "vurdering-aarhus-syd". */
function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return ascii.slice(0, 60) || "vurdering";
}

export function resultRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/assessments/:id/results",
    {
      schema: {
        tags,
        summary:
          "Scores per dimension per group and overall, radar series, disagreement, gaps, comparisons, " +
          "free texts (when allowed)",
        params: IdParams,
      },
    },
    async (request) =>
      (await loadResults(db, requireActor(request), request.params.id, requestLanguage(request))).results,
  );

  api.post(
    "/api/assessments/:id/gaps/:dimension/need",
    {
      config: { access: accessById((actor, id) => loadManagedAssessment(db, actor, id)) },
      schema: {
        tags,
        summary:
          "Turn a dimension's gap into a need of the assessed organisation (201; 200 with the same need " +
          "when asked again)",
        params: GapParams,
        body: GapNeedInput.nullish(),
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request, db, requireActor(request));
      const { need, isNew } = await createNeedFromGap(
        ctx,
        request.params.id,
        request.params.dimension,
        request.body ?? {},
      );
      return reply.status(isNew ? 201 : 200).send(need);
    },
  );

  api.get(
    "/api/assessments/:id/export.xlsx",
    {
      schema: {
        tags,
        summary:
          "The raw answers (pseudonymised; groups with too few answers left out) as XLSX, in the reader's language",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const language = requestLanguage(request);
      const { row, definition, includesAnswers, results } = await loadResults(
        db,
        requireActor(request),
        request.params.id,
        language,
      );
      if (!includesAnswers) {
        throw forbidden();
      }
      const workbook = await buildAnswersWorkbook(
        row.title,
        definition,
        await listSubmittedResponses(db, row.id),
        results,
        language,
      );
      reply.header("content-disposition", `attachment; filename="360-${slugify(row.title)}.xlsx"`);
      return reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(workbook);
    },
  );

  api.get(
    "/api/assessments/:id/report",
    {
      schema: {
        tags,
        summary: "A printable HTML report in the reader's language (comments only for those who may read them)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const language = requestLanguage(request);
      const { row, definition, results } = await loadResults(db, actor, request.params.id, language);
      const described = await describeAssessment(db, actor, row, language);
      const html = renderAssessmentReport({
        language,
        title: row.title,
        organisationName: row.organisation_name,
        templateTitle: localize(definition.title, language),
        templateVersion: row.template_version,
        openedAt: row.opened_at,
        closedAt: row.closed_at,
        responseRate: described.responseRate,
        results,
      });
      reply.header("content-security-policy", REPORT_CSP);
      return reply.type("text/html; charset=utf-8").send(html);
    },
  );
}
