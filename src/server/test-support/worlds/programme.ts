/**
 * Test support: a small programme with processes at known stages and dates, so every indicator has
 * a figure a test can predict. Dates are fixed days in 2026 (the programme runs 2026–2028).
 */
import type { Db } from "../../db/database.js";
import { buildNeed, buildOrganisation } from "../factories.js";

export interface ProgrammeWorld {
  programmeId: string;
  aarhusId: string;
  unitId: string;
  viborgId: string;
  regionId: string;
  smeIds: string[];
  largeCompanyId: string;
  instituteId: string;
  /** A company that takes part in a process still before the partnership gate. */
  waitingCompanyId: string;
}

export async function insertProgramme(db: Db, overrides: { indicators?: unknown; publicSummary?: boolean } = {}) {
  const row = await db
    .insertInto("programmes")
    .values({
      name: "OPI Test 2026–2028",
      starts_on: "2026-01-01",
      ends_on: "2028-12-31",
      targets: JSON.stringify({ municipalities: 5, regionalInstitutions: 1, stateInstitutions: 1, smes: 25 }),
      indicators: overrides.indicators === undefined ? null : JSON.stringify(overrides.indicators),
      public_summary: overrides.publicSummary ?? false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertProcess(
  db: Db,
  input: { title: string; kind: "individual" | "network"; createdAt: string; needIds: string[]; novelty?: string },
  participants: [string, string][],
  gates: [string, "go" | "stop", string][],
) {
  const { id } = await db
    .insertInto("processes")
    .values({
      title: input.title,
      kind: input.kind,
      created_at: input.createdAt,
      phase: "needs_assessment",
      novelty: input.novelty ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("process_needs")
    .values(input.needIds.map((needId) => ({ process_id: id, need_id: needId })))
    .execute();
  await db
    .insertInto("process_participants")
    .values(participants.map(([organisationId, role]) => ({ process_id: id, organisation_id: organisationId, role })))
    .execute();
  for (const [phase, decision, on] of gates) {
    await db
      .insertInto("process_gates")
      .values({
        process_id: id,
        phase,
        decision,
        rationale: `${phase} ${decision}`,
        lessons: decision === "stop" ? "Lært" : null,
        decided_at: `${on}T12:00:00Z`,
      })
      .execute();
  }
  if (gates.some(([, decision]) => decision === "stop")) {
    await db.updateTable("processes").set({ status: "stopped" }).where("id", "=", id).execute();
  }
  return id;
}

/**
 * Aarhus (through its unit) and Viborg with two SMEs and a large company past the partnership gate
 * (Aarhus in March, Viborg in September); a region unit in a process stopped at the test; a company
 * waiting before the partnership gate.
 */
export async function createProgrammeWorld(db: Db): Promise<ProgrammeWorld> {
  const programmeId = await insertProgramme(db);
  const aarhusId = await buildOrganisation(db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  const unitId = await buildOrganisation(db, {
    kind: "public_unit",
    name: "Hjemmeplejen Aarhus Syd",
    parentId: aarhusId,
  });
  const viborgId = await buildOrganisation(db, {
    kind: "municipality",
    name: "Viborg Kommune",
    municipalityCode: "0791",
  });
  const regionId = await buildOrganisation(db, { kind: "region", name: "Region Midtjylland" });
  const regionUnit = await buildOrganisation(db, {
    kind: "public_unit",
    name: "Hospitalsenheden Vest",
    parentId: regionId,
  });
  const smeIds = [
    await buildOrganisation(db, { name: "LøfteLet ApS" }),
    await buildOrganisation(db, { name: "SkærmNær ApS", employeeBand: "1-9" }),
  ];
  const largeCompanyId = await buildOrganisation(db, { name: "Storfirma A/S", employeeBand: "250+" });
  const instituteId = await buildOrganisation(db, { kind: "knowledge_institution", name: "Teknologisk Institut" });
  const waitingCompanyId = await buildOrganisation(db, { name: "Venter ApS" });

  const need = async (owner: string, title: string) => buildNeed(db, { ownerOrganisationId: owner, title });
  await insertProcess(
    db,
    {
      title: "Loftlifte",
      kind: "network",
      createdAt: "2026-02-01T10:00:00Z",
      needIds: [await need(unitId, "Løft")],
      novelty: "adapted",
    },
    [
      [unitId, "need_owner"],
      [smeIds[0], "developer"],
      [largeCompanyId, "developer"],
      [instituteId, "evaluator"],
    ],
    [
      ["needs_assessment", "go", "2026-02-10"],
      ["market_scan", "go", "2026-02-20"],
      ["partnership", "go", "2026-03-15"],
      ["development", "go", "2026-05-01"],
      ["test", "go", "2026-07-01"],
    ],
  );
  await insertProcess(
    db,
    {
      title: "Skærmbesøg",
      kind: "individual",
      createdAt: "2026-06-01T10:00:00Z",
      needIds: [await need(viborgId, "Skærm")],
      novelty: "first",
    },
    [
      [viborgId, "need_owner"],
      [smeIds[1], "developer"],
      [aarhusId, "test_site"],
    ],
    [
      ["needs_assessment", "go", "2026-06-10"],
      ["market_scan", "go", "2026-07-10"],
      ["partnership", "go", "2026-09-01"],
    ],
  );
  await insertProcess(
    db,
    {
      title: "Hospitalsforløb",
      kind: "individual",
      createdAt: "2026-03-01T10:00:00Z",
      needIds: [await need(regionUnit, "Hospital")],
    },
    [
      [regionUnit, "need_owner"],
      [largeCompanyId, "developer"],
    ],
    [
      ["needs_assessment", "go", "2026-03-10"],
      ["market_scan", "go", "2026-03-20"],
      ["partnership", "go", "2026-04-01"],
      ["development", "go", "2026-05-01"],
      ["test", "stop", "2026-08-01"],
    ],
  );
  await insertProcess(
    db,
    { title: "Venter", kind: "individual", createdAt: "2026-10-01T10:00:00Z", needIds: [await need(unitId, "Vent")] },
    [
      [unitId, "need_owner"],
      [waitingCompanyId, "developer"],
    ],
    [["needs_assessment", "go", "2026-10-10"]],
  );
  return { programmeId, aarhusId, unitId, viborgId, regionId, smeIds, largeCompanyId, instituteId, waitingCompanyId };
}
