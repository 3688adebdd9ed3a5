import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { InnovationTags } from "../../../domain/programme/tags.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import type { ModuleDeps } from "../../platform/module.js";
import { loadSteerableProcess, loadVisibleProcess } from "./processes.service.js";
import { loadProcessTags, setProcessTags } from "./tags.service.js";

const IdParams = z.object({ id: z.uuid() });
const tags = ["processes"];

/** A process's Innovationsbarometer tags: read by whoever sees the process, set by whoever steers it. */
export function processTagRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/api/processes/:id/innovation-tags",
    {
      config: { access: accessById((actor, id) => loadVisibleProcess(db, actor, id)) },
      schema: { tags, summary: "Innovation type, novelty, initiator, value types, evaluation", params: IdParams },
    },
    (request) => loadProcessTags(db, request.params.id),
  );
  api.put(
    "/api/processes/:id/innovation-tags",
    {
      config: { access: accessById((actor, id) => loadSteerableProcess(db, actor, id)) },
      schema: { tags, summary: "Set the Innovationsbarometer tags", params: IdParams, body: InnovationTags },
    },
    (request) => setProcessTags(serviceContext(request, db, requireActor(request)), request.params.id, request.body),
  );
}
