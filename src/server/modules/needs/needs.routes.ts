import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { NeedCreate, NeedPatch, NeedQuery } from "../../../domain/needs.js";
import type { NeedPage } from "../../../domain/needs-views.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { presentNeedSummary } from "./needs.present.js";
import { searchNeeds } from "./needs.repo.js";
import {
  checkMayRecordNeeds,
  createNeed,
  getVisibleNeed,
  loadEditableNeed,
  updateNeed,
  withoutOwnership,
} from "./needs.service.js";

const IdParams = z.object({ id: z.uuid() });

export function needRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/needs",
    {
      schema: {
        tags: ["needs"],
        summary: "Needs the caller may see, with filters, Danish search and paging",
        querystring: NeedQuery,
      },
    },
    async (request): Promise<NeedPage> => {
      const actor = requireActor(request);
      const staff = actor.role === "admin" || actor.role === "agent";
      const scope = { organisationIds: staff ? null : actor.organisationId ? [actor.organisationId] : [] };
      const { rows, total, isTotalExact } = await searchNeeds(db, scope, request.query);
      return {
        items: rows.map(presentNeedSummary),
        total,
        isTotalExact,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  api.post(
    "/api/needs",
    {
      config: { access: (_request, actor) => checkMayRecordNeeds(db, actor) },
      schema: { tags: ["needs"], summary: "Record a need", body: NeedCreate },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(await createNeed(serviceContext(request, db, actor), request.body));
    },
  );

  api.get("/api/needs/:id", { schema: { tags: ["needs"], summary: "One need", params: IdParams } }, async (request) => {
    const actor = requireActor(request);
    return withoutOwnership(await getVisibleNeed(db, actor, request.params.id));
  });

  api.patch(
    "/api/needs/:id",
    {
      config: { access: accessById((actor, id) => loadEditableNeed(db, actor, id)) },
      schema: { tags: ["needs"], summary: "Change a need, including its status", params: IdParams, body: NeedPatch },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateNeed(serviceContext(request, db, actor), request.params.id, request.body);
    },
  );
}
