import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CompetenceCreate, CompetencePatch } from "../../../domain/competence.js";
import { CARE_AREAS } from "../../../domain/care-areas.js";
import { MUNICIPALITIES, REGIONS } from "../../../domain/geography.js";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { createCompetence, listCompetences, renameCompetence, searchDb07 } from "./reference.service.js";

const Db07Query = z.object({ q: z.string().trim().max(100).default("") }).strict();

export function referenceRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/reference/geography",
    { config: { public: true }, schema: { tags: ["reference"], summary: "The 5 regions and 98 municipalities" } },
    async () => ({
      regions: REGIONS,
      municipalities: MUNICIPALITIES,
    }),
  );

  api.get(
    "/api/reference/care-areas",
    { config: { public: true }, schema: { tags: ["reference"], summary: "Care areas" } },
    async () => ({
      items: CARE_AREAS,
    }),
  );

  api.get(
    "/api/reference/db07",
    {
      config: { public: true },
      schema: { tags: ["reference"], summary: "Search DB07 industry codes by code or title", querystring: Db07Query },
    },
    async (request) => ({ items: await searchDb07(db, request.query.q) }),
  );

  api.get(
    "/api/competences",
    { schema: { tags: ["reference"], summary: "The controlled competence vocabulary" } },
    async (request) => {
      requireActor(request);
      return { items: await listCompetences(db) };
    },
  );

  api.post(
    "/api/competences",
    {
      config: { roles: ["admin", "agent"] },
      schema: { tags: ["reference"], summary: "Add a competence to the vocabulary", body: CompetenceCreate },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(await createCompetence(serviceContext(request, db, actor), request.body));
    },
  );

  api.patch(
    "/api/competences/:id",
    {
      config: { roles: ["admin", "agent"] },
      schema: {
        tags: ["reference"],
        summary: "Rename a competence",
        params: z.object({ id: z.uuid() }),
        body: CompetencePatch,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return renameCompetence(serviceContext(request, db, actor), request.params.id, request.body);
    },
  );
}
