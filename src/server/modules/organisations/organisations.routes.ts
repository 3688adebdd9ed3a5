import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  OrganisationCreate,
  OrganisationPatch,
  OrganisationQuery,
  type OrganisationPage,
} from "../../../domain/organisation.js";
import type { Db } from "../../db/database.js";
import { allowIf, pathId, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { forbidden, HttpError, notFound, requestLanguage } from "../../http/errors.js";
import { translateMessage } from "../../../domain/validation.js";
import { presentSummary } from "./organisations.present.js";
import {
  canCreateOrganisation,
  canEditOrganisation,
  canViewOrganisations,
  forbiddenPatchFields,
} from "./organisations.policy.js";
import { searchOrganisations } from "./organisations.repo.js";
import { createOrganisation, getOrganisation, updateOrganisation } from "./organisations.service.js";

const IdParams = z.object({ id: z.uuid() });

export function organisationRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/organisations",
    {
      schema: {
        tags: ["organisations"],
        summary: "List and search organisations (Danish full-text and fuzzy name search), with filters and paging",
        querystring: OrganisationQuery,
      },
    },
    async (request): Promise<OrganisationPage> => {
      if (!canViewOrganisations(requireActor(request))) {
        throw forbidden();
      }
      const { rows, total, isTotalExact } = await searchOrganisations(db, request.query);
      return {
        items: rows.map(presentSummary),
        total,
        isTotalExact,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  api.post(
    "/api/organisations",
    {
      config: { access: allowIf(canCreateOrganisation) },
      schema: { tags: ["organisations"], summary: "Register an organisation", body: OrganisationCreate },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createOrganisation(serviceContext(request, db, actor), request.body);
      return reply.status(201).header("location", `/api/organisations/${created.id}`).send(created);
    },
  );

  api.get(
    "/api/organisations/:id",
    {
      schema: {
        tags: ["organisations"],
        summary: "One organisation with competences, industry codes, units and contacts",
        params: IdParams,
      },
    },
    async (request) => {
      if (!canViewOrganisations(requireActor(request))) {
        throw forbidden();
      }
      const organisation = await getOrganisation(db, request.params.id);
      if (!organisation) {
        throw notFound("organisation");
      }
      return organisation;
    },
  );

  api.patch(
    "/api/organisations/:id",
    {
      config: {
        access: (request, actor) => {
          const id = pathId(request);
          if (id && !canEditOrganisation(actor, id)) {
            throw forbidden();
          }
        },
      },
      schema: {
        tags: ["organisations"],
        summary: "Change an organisation; `archived: true` archives it (organisations are never deleted)",
        params: IdParams,
        body: OrganisationPatch,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const refused = forbiddenPatchFields(actor, request.body);
      if (refused.length > 0) {
        throw new HttpError(
          403,
          "forbidden_fields",
          `Only agents and the programme manager may change: ${refused.join(", ")}`,
          Object.fromEntries(
            refused.map((field) => [field, translateMessage("staff_only_field", requestLanguage(request))]),
          ),
        );
      }
      return updateOrganisation(serviceContext(request, db, actor), request.params.id, request.body);
    },
  );
}
