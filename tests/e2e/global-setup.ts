import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateToLatest } from "../../src/server/db/database.js";
import { loadDemoData } from "../../src/server/seed/demo.js";
import { loadKnowledgeContent } from "../../src/server/seed/demo-knowledge.js";
import { loadReferenceData } from "../../src/server/seed/reference.js";
import { openDumpablePglite } from "../../src/server/test-support/database-templates.js";

/**
 * Vitest global setup for the browser journeys: the demo database (migrations, reference and demo data, the
 * knowledge base's content) is built once per run and dumped; each journey file's server starts from a copy
 * instead of seeding its own (harness.ts). Demo dates are relative to now; the copies are used within the run.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** A dumped PGlite data folder with the demo data, or null when the setup did not run. */
    samspilDemoDatabase: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const folder = mkdtempSync(path.join(tmpdir(), "samspil-e2e-demo-"));
  const file = path.join(folder, "demo.tar");
  const pglite = await openDumpablePglite();
  try {
    await migrateToLatest(pglite.db);
    await loadReferenceData(pglite.db);
    await loadDemoData(pglite.db);
    await loadKnowledgeContent(pglite.db);
    writeFileSync(file, await pglite.dump());
  } finally {
    await pglite.db.destroy();
  }
  project.provide("samspilDemoDatabase", file);
  return () => rmSync(folder, { recursive: true, force: true });
}
