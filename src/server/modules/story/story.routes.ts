import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { OrganisationStory } from "../../../domain/organisation-story-views.js";
import { requireActor } from "../../http/authenticate.js";
import type { ModuleDeps } from "../../platform/module.js";
import { tellOrganisationStory } from "./story.service.js";

const IdParams = z.object({ id: z.uuid() });

export function storyRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/organisations/:id/story",
    {
      config: { roles: ["admin", "agent", "member"] },
      schema: {
        tags: ["organisations"],
        summary:
          "An organisation's story: its needs, assessments, processes, business cases, offers, seminars and " +
          "(for a company) the needs and calls that fit it — each section as far as the reader may see",
        params: IdParams,
      },
    },
    async (request): Promise<OrganisationStory> => tellOrganisationStory(db, requireActor(request), request.params.id),
  );
}
