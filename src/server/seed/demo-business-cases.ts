import { createCeilingHoistExample } from "../../domain/business-case/examples.js";
import type { Db } from "../db/database.js";
import { insertBusinessCase, insertVersion } from "../modules/business-cases/business-cases.repo.js";
import { encodeStoredInputs } from "../modules/business-cases/stored-inputs.js";
import { findBusinessCaseIdByTitle, findUserIdByEmail, listOrganisationIdsByName } from "./seed.repo.js";

export const DEMO_CASE_TITLE = "Loftlifte i Hjemmeplejen Aarhus Syd: fra 2 til 1 ved forflytning";

/**
 * A demo business case: 20 ceiling hoists in Hjemmeplejen Aarhus Syd with LøfteLet ApS
 * (figures in src/domain/business-case/examples.ts). Two saved versions show a comparison:
 * a cautious first draft from the workshop and the draft after the living-lab test. The company
 * side is not shared, so the public demo user sees the public side only until LøfteLet shares it.
 * Runs after loadDemoData; does nothing when the organisations are missing or the case exists.
 */
export async function loadDemoBusinessCases(db: Db): Promise<boolean> {
  const organisations = await listOrganisationIdsByName(db, ["Hjemmeplejen Aarhus Syd", "LøfteLet ApS"]);
  const idOf = new Map(organisations.map((row) => [row.name, row.id]));
  const publicId = idOf.get("Hjemmeplejen Aarhus Syd");
  const companyId = idOf.get("LøfteLet ApS");
  const agent = await findUserIdByEmail(db, "agent@samspil.example");
  if (!publicId || !companyId || !agent) {
    return false;
  }
  const existing = await findBusinessCaseIdByTitle(db, DEMO_CASE_TITLE);
  if (existing) {
    return false;
  }
  const current = createCeilingHoistExample();
  const firstDraft = {
    ...current,
    publicSide: {
      ...current.publicSide,
      benefits: { ...current.publicSide.benefits, hoursFreedPerYear: 1_800, avoidedCosts: 0 },
      phaseIn: [25, 50, 75],
    },
  };
  await db.transaction().execute(async (trx) => {
    const id = await insertBusinessCase(trx, {
      title: DEMO_CASE_TITLE,
      public_organisation_id: publicId,
      company_organisation_id: companyId,
      need_id: null,
      process_id: null,
      ...encodeStoredInputs(current),
      created_by: agent.id,
    });
    const versions = [
      { number: 1, comment: "Første udkast fra workshoppen: forsigtige skøn over frigjorte timer", inputs: firstDraft },
      {
        number: 2,
        comment: "Efter living lab-testen i 8 borgeres hjem: målte tider og færre arbejdsskader",
        inputs: current,
      },
    ];
    for (const version of versions) {
      await insertVersion(trx, {
        business_case_id: id,
        number: version.number,
        comment: version.comment,
        ...encodeStoredInputs(version.inputs),
        created_by: agent.id,
      });
    }
  });
  return true;
}
