import type { FastifyInstance } from "fastify";
import { requireActor } from "../../http/authenticate.js";
import type { ModuleDeps } from "../../platform/module.js";
import { describeHome } from "./home.service.js";
import { createSizeWatch } from "./size-watch.js";

export function homeRoutes(app: FastifyInstance, { db, clock, config, engine }: ModuleDeps): void {
  const embeddedSize = createSizeWatch({ db, engine, limit: config.embeddedOrganisationLimit, clock });
  app.get(
    "/api/me/home",
    { schema: { tags: ["home"], summary: "What to do next: the caller's home page for their role and organisation" } },
    async (request) => describeHome(db, requireActor(request), clock, embeddedSize),
  );
}
