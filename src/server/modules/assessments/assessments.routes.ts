import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AssessmentCreate,
  AssessmentQuery,
  BulkRespondentInvite,
  BulkRespondentText,
  LinkRenewal,
  readRespondentRows,
  RespondentInvite,
  splitPastedList,
} from "../../../domain/assessment/index.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { accessById, allowIf, requireActor } from "../../http/authenticate.js";
import { requestLanguage } from "../../http/errors.js";
import { serviceContext } from "../../http/context.js";
import type { Mailer } from "../mail/mail.service.js";
import {
  closeAssessment,
  describeAssessment,
  listVisibleAssessments,
  loadManagedAssessment,
  loadVisibleAssessment,
  startAssessment,
} from "./assessments.service.js";
import { canManageAssessments } from "./assessments.policy.js";
import { eraseRespondent } from "./erase-respondent.service.js";
import { respondRoutes } from "./respond.routes.js";
import { readSingleFile } from "../../http/uploads.js";
import { readRespondentSheet } from "./respondent-sheet.js";
import {
  inviteRespondent,
  inviteRespondentsInBulk,
  listAssessmentRespondents,
  renewRespondentLink,
} from "./respondents.service.js";
import { resultRoutes } from "./results.routes.js";
import { templateRoutes } from "./templates.routes.js";

const IdParams = z.object({ id: z.uuid() });
const RespondentParams = z.object({ id: z.uuid(), respondentId: z.uuid() });
const tags = ["assessments"];

/** The 360° assessment: templates, assessments and respondents, the respondent's form, results. */
export function assessmentRoutes(app: FastifyInstance, { db, mailer, config }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const managed = accessById((actor, id) => loadManagedAssessment(db, actor, id));

  api.post(
    "/api/assessments",
    {
      config: { access: allowIf(canManageAssessments) },
      schema: {
        tags,
        summary: "Start an assessment of a public institution or unit (agents, admin)",
        body: AssessmentCreate,
      },
    },
    async (request, reply) => {
      return reply
        .status(201)
        .send(await startAssessment(serviceContext(request, db, requireActor(request)), request.body));
    },
  );

  api.get(
    "/api/assessments",
    { schema: { tags, summary: "Assessments the caller may see", querystring: AssessmentQuery } },
    async (request) => listVisibleAssessments(db, requireActor(request), request.query),
  );

  api.get(
    "/api/assessments/:id",
    { schema: { tags, summary: "One assessment with the response rate per group", params: IdParams } },
    async (request) => {
      const actor = requireActor(request);
      return describeAssessment(
        db,
        actor,
        await loadVisibleAssessment(db, actor, request.params.id),
        requestLanguage(request),
      );
    },
  );

  api.post(
    "/api/assessments/:id/close",
    {
      config: { access: managed },
      schema: { tags, summary: "Close: no more answers; the scores are kept for comparison", params: IdParams },
    },
    async (request) => closeAssessment(serviceContext(request, db, requireActor(request)), request.params.id),
  );

  api.get(
    "/api/assessments/:id/respondents",
    { schema: { tags, summary: "Respondents and their status (agents, admin)", params: IdParams } },
    async (request) => ({
      items: await listAssessmentRespondents(db, requireActor(request), request.params.id),
    }),
  );

  api.post(
    "/api/assessments/:id/respondents",
    {
      config: { access: managed },
      schema: {
        tags,
        summary: "Invite a respondent: a personal link, shown once and e-mailed when an address is given",
        params: IdParams,
        body: RespondentInvite,
      },
    },
    async (request, reply) => {
      const result = await inviteRespondent(
        serviceContext(request, db, requireActor(request)),
        mailer,
        config.publicUrl,
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  api.post(
    "/api/assessments/:id/respondents/bulk/preview",
    {
      config: { access: managed },
      schema: {
        tags,
        summary: "Read a pasted list (name, e-mail, group a line): the rows and every row's problems; nothing is sent",
        params: IdParams,
        body: BulkRespondentText,
      },
    },
    async (request) => readRespondentRows(splitPastedList(request.body.text), requestLanguage(request)),
  );

  api.post(
    "/api/assessments/:id/respondents/bulk/preview-file",
    {
      config: { access: managed },
      schema: {
        tags,
        summary: "Read an uploaded CSV or XLSX list (field «file»): the rows and every row's problems; nothing is sent",
        params: IdParams,
      },
    },
    async (request) => {
      const file = await readSingleFile(request);
      return readRespondentRows(await readRespondentSheet(file.bytes, file.filename), requestLanguage(request));
    },
  );

  api.post(
    "/api/assessments/:id/respondents/bulk",
    {
      config: { access: managed },
      schema: {
        tags,
        summary: "Invite everyone on the list, one mail each, all or none (a wrong row names itself: 400)",
        params: IdParams,
        body: BulkRespondentInvite,
      },
    },
    async (request, reply) => {
      const result = await inviteRespondentsInBulk(
        serviceContext(request, db, requireActor(request)),
        mailer,
        config.publicUrl,
        request.params.id,
        { cells: splitPastedList(request.body.text), expiresInDays: request.body.expiresInDays },
      );
      return reply.status(201).send(result);
    },
  );

  api.post(
    "/api/assessments/:id/respondents/:respondentId/erase",
    {
      config: { access: managed },
      schema: {
        tags,
        summary:
          "Erase a respondent's name, e-mail and link (GDPR); submitted answers stay, anonymous; a " +
          "draft's answers are deleted. Idempotent",
        params: RespondentParams,
      },
    },
    async (request) =>
      eraseRespondent(
        serviceContext(request, db, requireActor(request)),
        request.params.id,
        request.params.respondentId,
      ),
  );

  api.post(
    "/api/assessments/:id/respondents/:respondentId/link",
    {
      config: { access: managed },
      schema: {
        tags,
        summary: "A new link for a respondent (the old one stops working; saved answers stay)",
        params: RespondentParams,
        body: LinkRenewal.nullish(),
      },
    },
    async (request) =>
      renewRespondentLink(
        serviceContext(request, db, requireActor(request)),
        mailer,
        config.publicUrl,
        request.params.id,
        request.params.respondentId,
        request.body ?? LinkRenewal.parse({}),
      ),
  );
}
