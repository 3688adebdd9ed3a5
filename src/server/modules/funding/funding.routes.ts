import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { FundingProgrammeInput } from "../../../domain/funding.js";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { presentProgramme } from "./funding.present.js";
import { listProgrammes } from "./funding.repo.js";
import { createProgramme, fundingForNeed, fundingForProcess, updateProgramme } from "./funding.service.js";

const IdParams = z.object({ id: z.uuid() });

export function fundingRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/funding-programmes",
    { schema: { tags: ["funding"], summary: "The funding programme catalogue" } },
    async (request) => {
      requireActor(request);
      return { items: (await listProgrammes(db)).map(presentProgramme) };
    },
  );

  api.post(
    "/api/funding-programmes",
    {
      config: { roles: ["admin", "agent"] },
      schema: {
        tags: ["funding"],
        summary: "Add a funding programme (agents, programme manager)",
        body: FundingProgrammeInput,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(await createProgramme(serviceContext(request, db, actor), request.body));
    },
  );

  api.put(
    "/api/funding-programmes/:id",
    {
      config: { roles: ["admin", "agent"] },
      schema: {
        tags: ["funding"],
        summary: "Replace a funding programme's facts",
        params: IdParams,
        body: FundingProgrammeInput,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateProgramme(serviceContext(request, db, actor), request.params.id, request.body);
    },
  );

  api.get(
    "/api/needs/:id/funding",
    {
      schema: {
        tags: ["funding"],
        summary: "Funding programmes for a need, with the rules met and not met as codes and values",
        params: IdParams,
      },
    },
    async (request) => fundingForNeed(db, requireActor(request), request.params.id),
  );

  api.get(
    "/api/processes/:id/funding",
    {
      schema: {
        tags: ["funding"],
        summary: "Funding programmes for a process and its participants, rules as codes and values",
        params: IdParams,
      },
    },
    async (request) => fundingForProcess(db, requireActor(request), request.params.id),
  );
}
