/**
 * The baseline for the benchmark: a bare Fastify server that runs the app's own queries
 * (searchOrganisations, getOrganisation, searchNeeds as staff see them) on the same kind of Kysely database, with no
 * authentication, hooks, plugins or logging. Run as a child: node --import tsx bench/bare-server.ts
 */
import Fastify from "fastify";
import { NeedQuery } from "../src/domain/needs.js";
import type { NeedPage } from "../src/domain/needs-views.js";
import { OrganisationQuery, type OrganisationPage } from "../src/domain/organisation.js";
import { openDatabase, pingDatabase } from "../src/server/db/database.js";
import { presentNeedSummary } from "../src/server/modules/needs/needs.present.js";
import { searchNeeds } from "../src/server/modules/needs/needs.repo.js";
import { presentSummary } from "../src/server/modules/organisations/organisations.present.js";
import { searchOrganisations } from "../src/server/modules/organisations/organisations.repo.js";
import { getOrganisation } from "../src/server/modules/organisations/organisations.service.js";

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = process.env.DATA_DIR;
  if (!databaseUrl && !dataDir) {
    throw new Error("Set DATABASE_URL or DATA_DIR");
  }
  const database = await openDatabase({ databaseUrl, dataDir });
  const db = database.db;
  const app = Fastify({ logger: false });

  app.get("/health", async () => ({ status: "ok" }));

  app.get("/ready", async () => {
    await pingDatabase(db);
    return { status: "ready" };
  });

  app.get("/api/organisations", async (request, reply): Promise<OrganisationPage | undefined> => {
    const parsed = OrganisationQuery.safeParse(request.query);
    if (!parsed.success) {
      await reply.status(400).send({ error: "bad query" });
      return undefined;
    }
    const { rows, total, isTotalExact } = await searchOrganisations(db, parsed.data);
    return {
      items: rows.map(presentSummary),
      total,
      isTotalExact,
      page: parsed.data.page,
      pageSize: parsed.data.pageSize,
    };
  });

  app.get("/api/needs", async (request, reply): Promise<NeedPage | undefined> => {
    const parsed = NeedQuery.safeParse(request.query);
    if (!parsed.success) {
      await reply.status(400).send({ error: "bad query" });
      return undefined;
    }
    const { rows, total, isTotalExact } = await searchNeeds(db, { organisationIds: null }, parsed.data);
    return {
      items: rows.map(presentNeedSummary),
      total,
      isTotalExact,
      page: parsed.data.page,
      pageSize: parsed.data.pageSize,
    };
  });

  app.get<{ Params: { id: string } }>("/api/organisations/:id", async (request, reply) => {
    const organisation = await getOrganisation(db, request.params.id);
    if (!organisation) {
      return reply.status(404).send({ error: "not found" });
    }
    return organisation;
  });

  app.addHook("onClose", async () => {
    await database.close();
  });
  await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? "127.0.0.1" });

  const shutdown = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bare server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
