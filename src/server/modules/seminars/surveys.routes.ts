import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { RegistrationQuestionsInput } from "../../../domain/seminars/survey-definitions.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { notFound, requestLanguage } from "../../http/errors.js";
import type { ModuleDeps } from "../../platform/module.js";
import { findSeminar } from "./seminars.repo.js";
import {
  answerSurvey,
  describeRegistrationQuestions,
  describeSurveyLink,
  saveRegistrationQuestions,
  seminarSurveyResults,
} from "./surveys.service.js";

const IdParams = z.object({ id: z.uuid() });
const TokenParams = z.object({ token: z.string().min(20).max(100) });
const SurveyAnswers = z.object({ answers: z.record(z.string().max(60), z.unknown()) }).strict();
/** Open without login, so limited per address like the other public forms. */
const limited = { public: true, rateLimit: { max: 300, timeWindow: "5 minutes" } };

async function seminarExists(db: Db, id: string): Promise<void> {
  if (!(await findSeminar(db, id))) {
    throw notFound("seminar");
  }
}

/** Registration questions (read by the public form, written by staff), the survey links and their results. */
export function surveyRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const staff = {
    roles: ["admin" as const, "agent" as const],
    access: accessById((_actor, id) => seminarExists(db, id)),
  };

  api.get(
    "/api/seminars/:id/questions",
    {
      config: { public: true },
      schema: {
        tags: ["seminars"],
        summary: "The seminar's registration questions (none: form null)",
        params: IdParams,
      },
    },
    async (request) => describeRegistrationQuestions(db, request.actor, request.params.id, requestLanguage(request)),
  );

  api.put(
    "/api/seminars/:id/questions",
    {
      config: staff,
      schema: {
        tags: ["seminars"],
        summary: "Set the registration questions (an empty list removes them)",
        params: IdParams,
        body: RegistrationQuestionsInput,
      },
    },
    async (request) =>
      saveRegistrationQuestions(serviceContext(request, db, requireActor(request)), request.params.id, request.body),
  );

  api.get(
    "/api/seminars/:id/survey-results",
    {
      config: staff,
      schema: { tags: ["seminars"], summary: "Evaluation and follow-up answers, aggregated", params: IdParams },
    },
    async (request) => seminarSurveyResults(deps, request.params.id),
  );

  api.get(
    "/api/seminar-surveys/:token",
    {
      config: limited,
      schema: { tags: ["seminars"], summary: "A survey link: the form, or that it is answered", params: TokenParams },
    },
    async (request) => describeSurveyLink(db, request.params.token, requestLanguage(request)),
  );

  api.post(
    "/api/seminar-surveys/:token",
    {
      config: limited,
      schema: {
        tags: ["seminars"],
        summary: "Answer a survey, anonymously and once",
        params: TokenParams,
        body: SurveyAnswers,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await answerSurvey(deps, requestLanguage(request), request.params.token, request.body.answers)),
  );
}
