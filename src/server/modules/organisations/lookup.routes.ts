import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { OrganisationLookupItem } from "../../../domain/organisation-views.js";
import type { ModuleDeps } from "../../platform/module.js";
import { searchOrganisations } from "./organisations.repo.js";

const LookupQuery = z.object({ q: z.string().trim().min(2).max(100) }).strict();

/**
 * A typeahead for forms without login (a seminar registration): names, ids and kinds of the registry's
 * active organisations, eight at most, nothing else (no CVR, address or contact person). Open to anyone,
 * so limited per address; a list of the whole registry needs a session (GET /api/organisations).
 */
export function organisationLookupRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/organisations/lookup",
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: "1 minute" } },
      schema: {
        tags: ["organisations"],
        summary: "Public typeahead: name, id and kind of up to 8 active organisations matching q",
        querystring: LookupQuery,
      },
    },
    async (request): Promise<{ items: OrganisationLookupItem[] }> => {
      const { rows } = await searchOrganisations(db, { q: request.query.q, page: 1, pageSize: 8 });
      return { items: rows.map((row) => ({ id: row.id, name: row.name, kind: row.kind })) };
    },
  );
}
