import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/database.js";
import { pingDatabase } from "../../db/database.js";

export function healthRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  // Liveness answers even under overload (a busy process is alive); readiness is shed with 503.
  app.get(
    "/health",
    {
      schema: { tags: ["health"], summary: "Liveness: the process answers" },
      config: { pressureHandler: () => undefined },
    },
    async () => ({ status: "ok" }),
  );

  app.get(
    "/ready",
    {
      schema: {
        tags: ["health"],
        summary: "Readiness: not overloaded (else 503 + Retry-After) and the database answers within 2 s",
      },
    },
    async (request, reply) => {
      try {
        await Promise.race([
          pingDatabase(db),
          new Promise((_, reject) => setTimeout(() => reject(new Error("database ping timed out")), 2_000).unref()),
        ]);
        return { status: "ready" };
      } catch (error) {
        request.log.warn({ err: error }, "not ready");
        return reply
          .status(503)
          .header("retry-after", "5")
          .send({ status: "unavailable", message: "The database does not answer" });
      }
    },
  );
}
