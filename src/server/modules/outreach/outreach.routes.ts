import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ContactCreate, ContactPatch, ContactQuery } from "../../../domain/outreach/schemas.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import type { ModuleDeps } from "../../platform/module.js";
import { OUTREACH_ROLES } from "./outreach.policy.js";
import { getContact, listOutreach, loadEditableContact, logContact, updateContact } from "./outreach.service.js";

const IdParams = z.object({ id: z.uuid() });

export function outreachRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const staffOnly = { roles: OUTREACH_ROLES };

  api.get(
    "/api/outreach",
    {
      config: staffOnly,
      schema: {
        tags: ["outreach"],
        summary: "The outreach log: an organisation's contacts, the caller's own, or follow-ups due",
        querystring: ContactQuery,
      },
    },
    async (request) => ({ items: await listOutreach(db, requireActor(request), request.query, clock) }),
  );

  api.post(
    "/api/outreach",
    {
      config: staffOnly,
      schema: { tags: ["outreach"], summary: "Log a visit, meeting or call", body: ContactCreate },
    },
    async (request, reply) =>
      reply.status(201).send(await logContact(serviceContext(request, db, requireActor(request)), clock, request.body)),
  );

  api.get(
    "/api/outreach/:id",
    { config: staffOnly, schema: { tags: ["outreach"], summary: "One logged contact", params: IdParams } },
    async (request) => getContact(db, requireActor(request), request.params.id, clock),
  );

  api.patch(
    "/api/outreach/:id",
    {
      config: { ...staffOnly, access: accessById((actor, id) => loadEditableContact(db, actor, id)) },
      schema: {
        tags: ["outreach"],
        summary: "Change a contact or mark its follow-up done (the agent who logged it, the programme manager)",
        params: IdParams,
        body: ContactPatch,
      },
    },
    async (request) =>
      updateContact(serviceContext(request, db, requireActor(request)), clock, request.params.id, request.body),
  );
}
