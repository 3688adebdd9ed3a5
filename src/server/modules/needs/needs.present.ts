import type { Need, NeedStatus, NeedSummary } from "../../../domain/needs.js";
import type { NeedDetailRow, NeedSummaryRow } from "./needs.repo.js";

const toNumber = (value: string | number | null): number | null => (value === null ? null : Number(value));

export function presentNeedSummary(row: NeedSummaryRow): NeedSummary {
  return {
    id: row.id,
    title: row.title,
    ownerOrganisationId: row.owner_organisation_id,
    ownerName: row.owner_name,
    careArea: row.care_area,
    dimension: row.dimension,
    priority: row.priority,
    status: row.status as NeedStatus,
    staffHoursPerYear: toNumber(row.staff_hours_per_year),
    createdAt: row.created_at.toISOString(),
  };
}

export function presentNeed(
  row: NeedDetailRow,
  competences: { id: string; name_da: string; name_en: string }[],
  coOwners: { id: string; name: string }[] = [],
): Need {
  return {
    ...presentNeedSummary(row),
    description: row.description,
    affected: row.affected,
    citizensAffected: row.citizens_affected,
    qualityPotential: row.quality_potential,
    source: row.source,
    competences: competences.map((item) => ({ id: item.id, nameDa: item.name_da, nameEn: item.name_en })),
    ownerRegionCode: row.owner_region_code,
    coOwners: coOwners.map((item) => ({ id: item.id, name: item.name })),
    budgetDkk: toNumber(row.budget_dkk),
    updatedAt: row.updated_at.toISOString(),
  };
}
