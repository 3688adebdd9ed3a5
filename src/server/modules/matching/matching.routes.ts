import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { MatchDecision } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";
import { allowIf, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { canMatch } from "../needs/needs.policy.js";
import { decideMatch, listShortlist, partnerRanking, rankNeedsFor } from "./matching.service.js";

const IdParams = z.object({ id: z.uuid() });

export function matchingRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/needs/:id/partners",
    {
      schema: {
        tags: ["matching"],
        summary:
          "Ranked partners for a need, each score broken into readable parts; knowledge institutions also on their own",
        params: IdParams,
      },
    },
    async (request) => partnerRanking(db, requireActor(request), request.params.id),
  );

  api.get(
    "/api/needs/:id/shortlist",
    { schema: { tags: ["matching"], summary: "Shortlisted and dismissed partners, with reasons", params: IdParams } },
    async (request) => ({ items: await listShortlist(db, requireActor(request), request.params.id) }),
  );

  api.post(
    "/api/needs/:id/shortlist",
    {
      config: { access: allowIf(canMatch) },
      schema: {
        tags: ["matching"],
        summary: "Shortlist or dismiss a partner (agents); the reason is logged",
        params: IdParams,
        body: MatchDecision,
      },
    },
    async (request) => decideMatch(serviceContext(request, db, requireActor(request)), request.params.id, request.body),
  );

  api.get(
    "/api/organisations/:id/matching-needs",
    {
      config: { access: allowIf(canMatch) },
      schema: {
        tags: ["matching"],
        summary: "The active needs a company or knowledge institution fits best (agents)",
        params: IdParams,
      },
    },
    async (request) => ({ items: await rankNeedsFor(db, requireActor(request), request.params.id) }),
  );
}
