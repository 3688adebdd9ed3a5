import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { FeedbackLinkInput, FeedbackSubmission } from "../../../domain/living-lab/feedback.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { requestLanguage } from "../../http/errors.js";
import { createFeedbackLink, describeFeedbackForm, submitFeedback, summariseTestFeedback } from "./feedback.service.js";
import { loadVisibleProcess } from "./processes.service.js";

const PlanParams = z.object({ id: z.uuid(), planId: z.uuid() });
const TokenParams = z.object({ token: z.string().min(20).max(100) });
const respondentLimit = { rateLimit: { max: 300, timeWindow: "5 minutes" } };

export function feedbackRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/processes/:id/test-plans/:planId/feedback-links",
    {
      config: { access: accessById((actor, id) => loadVisibleProcess(db, actor, id)) },
      schema: {
        tags: ["living lab"],
        summary: "A consented feedback link for one group (citizens, relatives, staff)",
        params: PlanParams,
        body: FeedbackLinkInput,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createFeedbackLink(
            serviceContext(request, db, requireActor(request)),
            config.publicUrl,
            request.params.id,
            request.params.planId,
            request.body,
          ),
        ),
  );

  api.get(
    "/api/processes/:id/test-plans/:planId/feedback",
    {
      schema: {
        tags: ["living lab"],
        summary: "The test's feedback summarised for the evaluation gate",
        params: PlanParams,
      },
    },
    async (request) => summariseTestFeedback(db, requireActor(request), request.params.id, request.params.planId),
  );

  api.get(
    "/api/feedback/:token",
    {
      schema: {
        tags: ["living lab"],
        summary: "The public feedback form of a link (no login)",
        params: TokenParams,
        querystring: z.object({ language: z.enum(["da", "en"]).optional() }),
      },
      config: { public: true, ...respondentLimit },
    },
    async (request) =>
      describeFeedbackForm(db, request.params.token, request.query.language ?? requestLanguage(request)),
  );

  api.post(
    "/api/feedback/:token",
    {
      schema: {
        tags: ["living lab"],
        summary: "Answer with consent, anonymously or by name (no login; idempotent per submissionId)",
        params: TokenParams,
        body: FeedbackSubmission,
      },
      config: { public: true, ...respondentLimit },
    },
    async (request, reply) => {
      const receipt = await submitFeedback(db, request.params.token, request.body, request.body.language);
      return reply.status(receipt.repeated ? 200 : 201).send(receipt);
    },
  );
}
