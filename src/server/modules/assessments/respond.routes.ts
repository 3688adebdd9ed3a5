import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AnswersBody, RespondQuery } from "../../../domain/assessment/index.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { requestLanguage } from "../../http/errors.js";
import { getRespondentForm, saveRespondentAnswers, submitResponse, type RespondContext } from "./respond.service.js";

/** A link token as `newToken()` makes it: base64url. */
const TokenParams = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});
const tags = ["assessment respondents (no login)"];
/** Modest, per IP: a whole staff room behind one address can still autosave. */
const rateLimit = { max: 300, timeWindow: "5 minutes" };

function respondContext(request: FastifyRequest, chosen: Language | undefined, db: Db): RespondContext {
  return { db, requestId: request.id, language: chosen, fallbackLanguage: requestLanguage(request) };
}

/**
 * The respondent's side, open without an account: the personal link's token is the only key, and
 * it opens only that respondent's own form and answers. Unknown link 404, expired 410.
 */
export function respondRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/respond/:token",
    {
      schema: {
        tags,
        summary: "My form (my group only, in my language), my saved answers and progress; a receipt once submitted",
        params: TokenParams,
        querystring: RespondQuery,
      },
      config: { public: true, rateLimit },
    },
    async (request) => getRespondentForm(respondContext(request, request.query.language, db), request.params.token),
  );

  api.put(
    "/api/respond/:token/answers",
    {
      schema: {
        tags,
        summary: "Save some or all answers (null clears one); 409 once submitted",
        params: TokenParams,
        querystring: RespondQuery,
        body: AnswersBody,
      },
      config: { public: true, rateLimit },
    },
    async (request) =>
      saveRespondentAnswers(
        respondContext(request, request.query.language, db),
        request.params.token,
        request.body.answers,
      ),
  );

  api.post(
    "/api/respond/:token/submit",
    {
      schema: {
        tags,
        summary: "Submit; a second submit answers with the same receipt",
        params: TokenParams,
        querystring: RespondQuery,
      },
      config: { public: true, rateLimit },
    },
    async (request) => submitResponse(respondContext(request, request.query.language, db), request.params.token),
  );
}
