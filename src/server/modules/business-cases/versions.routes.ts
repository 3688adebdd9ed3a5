import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { VersionCompareQuery, VersionCreate } from "../../../domain/business-case/requests.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { loadEditableCase, loadVisibleCase } from "./business-cases.service.js";
import { compareVersions, listCaseVersions, saveVersion } from "./versions.service.js";

const IdParams = z.object({ id: z.uuid() });

/** Saved versions of a case: save with a comment, list, compare two (or one with the draft, "current"). */
export function versionRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["business cases"];

  api.post(
    "/api/business-cases/:id/versions",
    {
      config: { access: accessById((actor, id) => loadEditableCase(db, actor, id)) },
      schema: {
        tags,
        summary: "Save the draft as the next version, with a comment",
        params: IdParams,
        body: VersionCreate,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const found = await loadEditableCase(db, actor, request.params.id);
      const version = await saveVersion(serviceContext(request, db, actor), found, request.body.comment);
      return reply.status(201).send(version);
    },
  );

  api.get(
    "/api/business-cases/:id/versions",
    {
      schema: {
        tags,
        summary: "Saved versions, newest first (the company side only for those who may see it)",
        params: IdParams,
      },
    },
    async (request) => listCaseVersions(db, await loadVisibleCase(db, requireActor(request), request.params.id)),
  );

  api.get(
    "/api/business-cases/:id/versions/compare",
    {
      config: { access: accessById((actor, id) => loadVisibleCase(db, actor, id)) },
      schema: {
        tags,
        summary: "Field-by-field differences and result differences between versions a and b (a number, or current)",
        params: IdParams,
        querystring: VersionCompareQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const found = await loadVisibleCase(db, actor, request.params.id);
      return compareVersions(db, serviceContext(request, db, actor).language, found, request.query.a, request.query.b);
    },
  );
}
