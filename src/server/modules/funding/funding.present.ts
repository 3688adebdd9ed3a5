import type { Selectable } from "kysely";
import type { FundingProgramme } from "../../../domain/funding.js";
import type { FundingProgrammesTable } from "../../db/schema.js";

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

export function presentProgramme(row: Selectable<FundingProgrammesTable>): FundingProgramme {
  return {
    id: row.id,
    name: row.name,
    owner: row.owner,
    purpose: row.purpose,
    eligibleKinds: row.eligible_kinds as FundingProgramme["eligibleKinds"],
    careAreas: row.care_areas as FundingProgramme["careAreas"],
    themes: row.themes,
    minAmount: toNumber(row.min_amount),
    maxAmount: toNumber(row.max_amount),
    cofinancingPct: toNumber(row.cofinancing_pct),
    deadline: row.deadline ? row.deadline.toISOString().slice(0, 10) : null,
    opensOn: row.opens_on ? row.opens_on.toISOString().slice(0, 10) : null,
    nextRound: row.next_round,
    rolling: row.rolling,
    regionCodes: row.region_codes,
    municipalityCodes: row.municipality_codes,
    minMunicipalities: row.min_municipalities,
    minRegions: row.min_regions,
    countsAreGuidance: row.counts_are_guidance,
    requiresCompany: row.requires_company,
    requiresKnowledgeInstitution: row.requires_knowledge_institution,
    link: row.link,
    notes: row.notes,
  };
}
