import { buildApp } from "./app.js";
import { serveBackupRequests } from "./backup-signal.js";
import { readConfig } from "./config.js";
import { migrateToLatest, openDatabase } from "./db/database.js";
import { backfillNeedSearchExtra } from "./modules/needs/needs.service.js";
import { backfillOrganisationSearchExtra } from "./modules/organisations/organisations.service.js";
import { DEMO_PASSWORD } from "./seed/demo-content.js";
import { DEMO_USERS, loadDemoData } from "./seed/demo.js";
import { loadReferenceData } from "./seed/reference.js";
import { loadDefaultAssessmentTemplate } from "./seed/assessment-template.js";
import { loadKnowledgeContent } from "./seed/demo-knowledge.js";

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  await loadReferenceData(database.db);
  await loadDefaultAssessmentTemplate(database.db);
  const loadedDemo = config.loadDemoData ? await loadDemoData(database.db) : false;
  // Rows from before compound parts were indexed get them once (a no-op afterwards).
  await backfillOrganisationSearchExtra(database.db);
  await backfillNeedSearchExtra(database.db);
  // The knowledge base's methods, tools and real cases: published once, found by their keys afterwards.
  await loadKnowledgeContent(database.db);

  const app = await buildApp({ config, database, runJobs: true });
  app.addHook("onClose", async () => {
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
  if (database.kind === "pglite") {
    serveBackupRequests(database, config.dataDir, app.log);
  }

  const where = database.kind === "pglite" ? `PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  const lines = [
    "",
    `Samspil kører på ${config.publicUrl}  (database: ${where}; klar på ` +
      `${Math.round(performance.now() - startedAt)} ms)`,
  ];
  if (config.loadDemoData) {
    lines.push(loadedDemo ? "Demodata er indlæst. Demobrugere:" : "Demobrugere:");
    for (const user of DEMO_USERS) {
      lines.push(`  ${user.email.padEnd(32)} ${user.label}`);
    }
    lines.push(`  Adgangskode for alle: ${DEMO_PASSWORD}`, "");
  }
  process.stdout.write(`${lines.join("\n")}\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    app.log.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      app.log.error("shutdown took over 10 s; exiting");
      process.exit(1);
    }, 10_000);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Samspil could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof Error && error.name !== "DataDirLockedError") {
    process.stderr.write(`${error.stack ?? ""}\n`);
  }
  process.exit(1);
});
