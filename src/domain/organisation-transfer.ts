import { OrganisationCreate, type OrganisationCreateInput } from "./organisation.js";
import { issuesToFields, type Language } from "./validation.js";

/** Columns of the import/export sheet: Danish headers; the English keys are accepted too. */
export const TRANSFER_COLUMNS = [
  { key: "name", header: "Navn" },
  { key: "kind", header: "Type" },
  { key: "cvr", header: "CVR" },
  { key: "parentCvr", header: "Overordnet CVR" },
  { key: "municipalityCode", header: "Kommunekode" },
  { key: "address", header: "Adresse" },
  { key: "website", header: "Hjemmeside" },
  { key: "employeeBand", header: "Ansatte" },
  { key: "db07Codes", header: "Branchekoder" },
  { key: "careAreas", header: "Plejeområder" },
  { key: "competences", header: "Kompetencer" },
  { key: "description", header: "Beskrivelse" },
] as const;

/** Columns only written on export (derived; ignored on import). */
export const EXPORT_ONLY_COLUMNS = [
  { key: "municipalityName", header: "Kommune" },
  { key: "regionName", header: "Region" },
  { key: "isSme", header: "SMV" },
] as const;

export const MAX_IMPORT_ROWS = 10_000;

export type TransferKey = (typeof TRANSFER_COLUMNS)[number]["key"];

const headerToKey = new Map<string, TransferKey>(
  TRANSFER_COLUMNS.flatMap((column) => [
    [column.header.toLowerCase(), column.key],
    [column.key.toLowerCase(), column.key],
  ]),
);

export function columnKeyOf(header: string): TransferKey | undefined {
  return headerToKey.get(header.trim().toLowerCase());
}

const splitList = (value: string | undefined): string[] =>
  (value ?? "")
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);

export interface RowLookups {
  /** competence name (da or en) or slug, lower-case → id */
  competenceIdByName: Map<string, string>;
  /** CVR → organisation id, for parents */
  organisationIdByCvr: Map<string, string>;
}

export type RowResult = { ok: true; input: OrganisationCreate } | { ok: false; errors: Record<string, string> };

/** Turns one sheet row (column key → cell text) into a validated OrganisationCreate, or field errors. */
export function parseTransferRow(
  record: Partial<Record<TransferKey, string>>,
  lookups: RowLookups,
  language: Language,
): RowResult {
  const errors: Record<string, string> = {};
  const competenceIds: string[] = [];
  for (const name of splitList(record.competences)) {
    const id = lookups.competenceIdByName.get(name.toLowerCase());
    if (id) {
      competenceIds.push(id);
    } else {
      errors.competences = language === "da" ? `Ukendt kompetence: ${name}` : `Unknown competence: ${name}`;
    }
  }
  let parentId: string | null = null;
  const parentCvr = record.parentCvr?.trim();
  if (parentCvr) {
    parentId = lookups.organisationIdByCvr.get(parentCvr) ?? null;
    if (!parentId) {
      errors.parentCvr =
        language === "da" ? `Ingen organisation har CVR ${parentCvr}` : `No organisation has CVR ${parentCvr}`;
    }
  }
  const empty = (value: string | undefined) => (value === undefined || value.trim() === "" ? null : value.trim());
  const candidate: OrganisationCreateInput = {
    kind: (record.kind?.trim() ?? "") as OrganisationCreateInput["kind"],
    name: record.name ?? "",
    cvr: empty(record.cvr),
    parentId,
    municipalityCode: empty(record.municipalityCode),
    address: record.address ?? "",
    website: record.website ?? "",
    description: record.description ?? "",
    employeeBand: empty(record.employeeBand) as OrganisationCreateInput["employeeBand"],
    db07Codes: splitList(record.db07Codes),
    careAreas: splitList(record.careAreas) as OrganisationCreateInput["careAreas"],
    competenceIds,
    contactPersons: [],
  };
  const parsed = OrganisationCreate.safeParse(candidate);
  if (!parsed.success) {
    const renamed: Record<string, TransferKey> = { parentId: "parentCvr", competenceIds: "competences" };
    for (const [field, message] of Object.entries(issuesToFields(parsed.error.issues, language))) {
      const top = field.split(".")[0];
      errors[renamed[top] ?? top] ??= message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) {
    return { ok: false, errors };
  }
  return { ok: true, input: parsed.data };
}
