import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CallQuery, CloseCall, DialogueInput, OpenCallCreate } from "../../../domain/calls.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { presentCall } from "./calls.present.js";
import { listCalls } from "./calls.repo.js";
import {
  closeCall,
  describeCall,
  listVisibleDialogue,
  loadCallableNeed,
  loadManagedCall,
  publishCall,
  recordDialogue,
} from "./calls.service.js";

const IdParams = z.object({ id: z.uuid() });

export function callRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const managed = accessById((actor, id) => loadManagedCall(db, actor, id));

  api.get(
    "/api/calls",
    {
      config: { public: true },
      schema: { tags: ["open calls"], summary: "Open calls, public without login", querystring: CallQuery },
    },
    async (request) => ({
      items: (await listCalls(db, request.query.status, request.query.needId)).map((row) => presentCall(row)),
    }),
  );

  api.get(
    "/api/calls/:id",
    {
      config: { public: true },
      schema: {
        tags: ["open calls"],
        summary: "One call, public; managers also see the offer count",
        params: IdParams,
      },
    },
    async (request) => describeCall(db, request.actor, request.params.id),
  );

  api.post(
    "/api/needs/:id/calls",
    {
      config: { access: accessById((actor, id) => loadCallableNeed(db, actor, id)) },
      schema: {
        tags: ["open calls"],
        summary: "Publish a need as an open call with a deadline",
        params: IdParams,
        body: OpenCallCreate,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await publishCall(serviceContext(request, db, requireActor(request)), request.params.id, request.body)),
  );

  api.post(
    "/api/calls/:id/close",
    {
      config: { access: managed },
      schema: {
        tags: ["open calls"],
        summary: "Close a call, recording the choice and why",
        params: IdParams,
        body: CloseCall,
      },
    },
    async (request) => closeCall(serviceContext(request, db, requireActor(request)), request.params.id, request.body),
  );

  api.get(
    "/api/calls/:id/dialogue",
    {
      schema: {
        tags: ["open calls"],
        summary: "The market-dialogue log (a company sees its own entries and the questions and answers to all)",
        params: IdParams,
      },
    },
    async (request) => ({ items: await listVisibleDialogue(db, requireActor(request), request.params.id) }),
  );

  api.post(
    "/api/calls/:id/dialogue",
    {
      config: { access: managed },
      schema: {
        tags: ["open calls"],
        summary: "Record a contact with a company about the call",
        params: IdParams,
        body: DialogueInput,
      },
    },
    async (request, reply) => {
      await recordDialogue(serviceContext(request, db, requireActor(request)), request.params.id, request.body);
      return reply.status(201).send({ ok: true });
    },
  );
}
