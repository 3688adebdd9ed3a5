import type {
  ContactPerson,
  EmployeeBand,
  Organisation,
  OrganisationKind,
  OrganisationSummary,
} from "../../../domain/organisation.js";
import { isSme } from "../../../domain/organisation.js";
import type { ImportJob as ImportJobView } from "../../../domain/organisation-views.js";
import type { OrganisationDetailRow, OrganisationListRow } from "./organisations.repo.js";
import type { ImportJob } from "./transfer.service.js";

export function presentSummary(row: OrganisationListRow): OrganisationSummary {
  return {
    id: row.id,
    kind: row.kind as OrganisationKind,
    name: row.name,
    cvr: row.cvr,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_name,
    regionCode: row.region_code,
    regionName: row.region_name,
    employeeBand: row.employee_band as EmployeeBand | null,
    isSme: isSme(row.kind, row.employee_band),
    archived: row.archived_at !== null,
  };
}

export function presentOrganisation(
  row: OrganisationDetailRow,
  related: {
    competences: { id: string; slug: string; name_da: string; name_en: string }[];
    db07: { code: string; title: string }[];
    units: { id: string; name: string }[];
  },
): Organisation {
  const titles = new Map(related.db07.map((item) => [item.code, item.title]));
  return {
    ...presentSummary(row),
    parentId: row.parent_id,
    parentName: row.parent_name,
    address: row.address,
    website: row.website,
    description: row.description,
    db07: row.db07_codes.map((code) => ({ code, title: titles.get(code) ?? "" })),
    careAreas: row.care_areas,
    competences: related.competences.map((item) => ({
      id: item.id,
      slug: item.slug,
      nameDa: item.name_da,
      nameEn: item.name_en,
    })),
    contactPersons: row.contact_persons as ContactPerson[],
    units: related.units,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * An import's progress as its owner sees it: without the owner and the clean-up time, and the preview (up to
 * 2,000 rows) only once the job has ended, so the progress polls while it runs stay small.
 */
export function presentImportJob({
  ownerId: _ownerId,
  finishedAt: _finishedAt,
  preview,
  ...job
}: ImportJob): ImportJobView {
  return job.status === "running" ? job : { ...job, preview };
}
