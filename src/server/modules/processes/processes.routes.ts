import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ParticipantInput, ProcessCreate, ProcessPatch, ProcessQuery } from "../../../domain/process/schemas.js";
import type { Db } from "../../db/database.js";
import { accessById, allowIf, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { describeProcess } from "./process-detail.service.js";
import { canStartProcess } from "./processes.policy.js";
import {
  addParticipant,
  listProcessPage,
  loadSteerableProcess,
  removeParticipant,
  startProcess,
  updateProcess,
} from "./processes.service.js";

const IdParams = z.object({ id: z.uuid() });

export function processRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const steerable = accessById((actor, id) => loadSteerableProcess(db, actor, id));

  api.get(
    "/api/processes",
    {
      schema: {
        tags: ["processes"],
        summary:
          "The board: processes the caller takes part in (all for agents), with filters, newest change first, " +
          "100 a page (`nextCursor` asks for the next)",
        querystring: ProcessQuery,
      },
    },
    async (request) => listProcessPage(db, requireActor(request), request.query),
  );

  api.post(
    "/api/processes",
    {
      config: { access: allowIf(canStartProcess) },
      schema: { tags: ["processes"], summary: "Start a process from one or more needs (agents)", body: ProcessCreate },
    },
    async (request, reply) =>
      reply.status(201).send(await startProcess(serviceContext(request, db, requireActor(request)), request.body)),
  );

  api.get(
    "/api/processes/:id",
    { schema: { tags: ["processes"], summary: "One process with everything the caller may see", params: IdParams } },
    async (request) => {
      const actor = requireActor(request);
      return describeProcess(db, actor, request.params.id, serviceContext(request, db, actor).language);
    },
  );

  api.patch(
    "/api/processes/:id",
    {
      config: { access: steerable },
      schema: {
        tags: ["processes"],
        summary: "Change title, theme, description or collaboration model",
        params: IdParams,
        body: ProcessPatch,
      },
    },
    async (request) =>
      updateProcess(serviceContext(request, db, requireActor(request)), request.params.id, request.body),
  );

  api.post(
    "/api/processes/:id/participants",
    {
      config: { access: steerable },
      schema: {
        tags: ["processes"],
        summary: "Add a participant with a role",
        params: IdParams,
        body: ParticipantInput,
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        items: await addParticipant(
          serviceContext(request, db, requireActor(request)),
          request.params.id,
          request.body,
        ),
      }),
  );

  api.delete(
    "/api/processes/:id/participants",
    {
      config: { access: steerable },
      schema: { tags: ["processes"], summary: "Remove a participant's role", params: IdParams, body: ParticipantInput },
    },
    async (request, reply) => {
      await removeParticipant(serviceContext(request, db, requireActor(request)), request.params.id, request.body);
      return reply.status(204).send();
    },
  );
}
