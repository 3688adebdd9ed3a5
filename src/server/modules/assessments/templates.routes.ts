import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { TemplateCreate, TemplateUpdate } from "../../../domain/assessment/index.js";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { presentTemplate, presentTemplateSummary } from "./assessments.present.js";
import { listTemplates } from "./templates.repo.js";
import { createTemplate, deleteTemplate, loadTemplate, publishTemplate, reviseTemplate } from "./templates.service.js";

const IdParams = z.object({ id: z.uuid() });
const tags = ["assessment templates"];

/** Assessment templates: the programme manager edits (admin), agents read. */
export function templateRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/assessment-templates",
    {
      config: { roles: ["admin", "agent"] },
      schema: { tags, summary: "Every version of every assessment template, newest first" },
    },
    async (request) => {
      return { items: (await listTemplates(db)).map(presentTemplateSummary) };
    },
  );

  api.post(
    "/api/assessment-templates",
    {
      config: { roles: ["admin"] },
      schema: { tags, summary: "A new template (version 1, a draft)", body: TemplateCreate },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(await createTemplate(serviceContext(request, db, actor), request.body));
    },
  );

  api.get(
    "/api/assessment-templates/:id",
    {
      config: { roles: ["admin", "agent"] },
      schema: { tags, summary: "One template version with its definition", params: IdParams },
    },
    async (request) => {
      return presentTemplate(await loadTemplate(db, request.params.id));
    },
  );

  api.put(
    "/api/assessment-templates/:id",
    {
      config: { roles: ["admin"] },
      schema: {
        tags,
        summary: "Edit: a draft changes in place (200); a published or retired version gets a new draft version (201)",
        params: IdParams,
        body: TemplateUpdate,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { template, isNewVersion } = await reviseTemplate(
        serviceContext(request, db, actor),
        request.params.id,
        request.body,
      );
      return reply.status(isNewVersion ? 201 : 200).send(template);
    },
  );

  api.post(
    "/api/assessment-templates/:id/publish",
    {
      config: { roles: ["admin"] },
      schema: { tags, summary: "Publish a version; the version published before it retires", params: IdParams },
    },
    async (request) => {
      const actor = requireActor(request);
      return publishTemplate(serviceContext(request, db, actor), request.params.id);
    },
  );

  api.delete(
    "/api/assessment-templates/:id",
    {
      config: { roles: ["admin"] },
      schema: {
        tags,
        summary: "Delete an unused draft (409 when a version is in use or not a draft)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await deleteTemplate(serviceContext(request, db, actor), request.params.id);
      return reply.status(204).send();
    },
  );
}
