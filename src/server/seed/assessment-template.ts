import { SAMSPIL_360, SAMSPIL_360_KEY } from "../../domain/assessment/index.js";
import type { Db } from "../db/database.js";
import { findPublishedTemplate, insertTemplate } from "../modules/assessments/templates.repo.js";
import { findTemplateIdByKey } from "./seed.repo.js";

/**
 * The default assessment template «Samspil 360», published as version 1. Idempotent: when the
 * key exists (in any version, perhaps edited by the programme), nothing changes. Returns the id
 * of the published version, or null when the programme has none published.
 */
export async function loadDefaultAssessmentTemplate(db: Db): Promise<string | null> {
  const existing = await findTemplateIdByKey(db, SAMSPIL_360_KEY);
  if (!existing) {
    return insertTemplate(db, {
      key: SAMSPIL_360_KEY,
      version: 1,
      definition: SAMSPIL_360,
      createdBy: null,
      status: "published",
    });
  }
  return (await findPublishedTemplate(db, SAMSPIL_360_KEY))?.id ?? null;
}
