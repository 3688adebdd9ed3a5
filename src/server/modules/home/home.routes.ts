import type { FastifyInstance } from "fastify";
import { requireActor } from "../../http/authenticate.js";
import type { ModuleDeps } from "../../platform/module.js";
import { describeHome } from "./home.service.js";

export function homeRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  app.get(
    "/api/me/home",
    { schema: { tags: ["home"], summary: "What to do next: the caller's home page for their role and organisation" } },
    async (request) => describeHome(db, requireActor(request), clock),
  );
}
