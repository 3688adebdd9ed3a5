import { OrganisationCreate, type OrganisationCreateInput } from "./organisation.js";
import {
  BAND_LABELS,
  CARE_AREA_LABELS,
  KIND_LABELS,
  allowedLabels,
  readCareArea,
  readEmployeeBand,
  readKind,
} from "./organisation-labels.js";
import { issuesToFields, type Language } from "./validation.js";

/** Columns of the import/export sheet: Danish headers; the English keys are accepted too. */
export const TRANSFER_COLUMNS = [
  { key: "name", header: "Navn" },
  { key: "kind", header: "Type" },
  { key: "cvr", header: "CVR" },
  { key: "parentCvr", header: "Overordnet CVR" },
  { key: "parentName", header: "Overordnet organisation" },
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

export const MAX_IMPORT_ROWS = 100_000;

/** What a file over MAX_IMPORT_ROWS is told, with what to do about it. */
export const TOO_MANY_ROWS = {
  en:
    `The file has too many rows: at most ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} per import. ` +
    "Split it into several files and import them one at a time.",
  da:
    `Filen har for mange rækker: højst ${MAX_IMPORT_ROWS.toLocaleString("da-DK")} pr. import. ` +
    "Del den i flere filer, og importér dem én ad gangen.",
};

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
  /** A municipality's, region's or state institution's name, lower-case → id: a parent without a CVR */
  parentIdByName: Map<string, string>;
  /** Municipality code (4 digits) → the municipality's id: a unit's parent when no parent is named */
  municipalityIdByCode: Map<string, string>;
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
  const parentId = readParent(record, lookups, language, errors);
  const kind = readKind(record.kind ?? "");
  if (record.kind?.trim() && !kind) {
    errors.kind = unknownValue(record.kind, allowedLabels(KIND_LABELS, language), language);
  }
  const bandText = record.employeeBand?.trim() ?? "";
  const employeeBand = bandText ? readEmployeeBand(bandText) : null;
  if (employeeBand === undefined) {
    const orCount = language === "da" ? "eller et antal ansatte" : "or a number of employees";
    errors.employeeBand = unknownValue(bandText, `${allowedLabels(BAND_LABELS, language)} ${orCount}`, language);
  }
  const careAreas = splitList(record.careAreas).map((name) => {
    const area = readCareArea(name);
    if (!area) {
      errors.careAreas = unknownValue(name, allowedLabels(CARE_AREA_LABELS, language), language);
    }
    return area;
  });
  const empty = (value: string | undefined) => (value === undefined || value.trim() === "" ? null : value.trim());
  const candidate: OrganisationCreateInput = {
    kind: (kind ?? record.kind?.trim() ?? "") as OrganisationCreateInput["kind"],
    name: record.name ?? "",
    cvr: empty(record.cvr),
    parentId,
    municipalityCode: empty(record.municipalityCode),
    address: record.address ?? "",
    website: record.website ?? "",
    description: record.description ?? "",
    employeeBand: employeeBand ?? null,
    db07Codes: splitList(record.db07Codes),
    careAreas: careAreas.filter((area) => area !== undefined),
    competenceIds,
    contactPersons: [],
  };
  const parsed = OrganisationCreate.safeParse(candidate);
  if (!parsed.success) {
    const renamed: Record<string, TransferKey> = {
      parentId: record.parentName?.trim() && !record.parentCvr?.trim() ? "parentName" : "parentCvr",
      competenceIds: "competences",
    };
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

const unknownValue = (value: string, allowed: string, language: Language): string =>
  language === "da"
    ? `«${value.trim()}» kendes ikke. Tilladte værdier: ${allowed}`
    : `«${value.trim()}» is not known. Allowed values: ${allowed}`;

/**
 * The parent organisation: by its CVR; else by its name (a municipality, region or state institution
 * without a CVR, as Samspil's own export names it); else, for a public unit, the municipality of its
 * municipality code.
 */
function readParent(
  record: Partial<Record<TransferKey, string>>,
  lookups: RowLookups,
  language: Language,
  errors: Record<string, string>,
): string | null {
  const parentCvr = record.parentCvr?.trim();
  if (parentCvr) {
    const id = lookups.organisationIdByCvr.get(parentCvr);
    if (!id) {
      errors.parentCvr =
        language === "da" ? `Ingen organisation har CVR ${parentCvr}` : `No organisation has CVR ${parentCvr}`;
    }
    return id ?? null;
  }
  const parentName = record.parentName?.trim();
  if (parentName) {
    const id = lookups.parentIdByName.get(parentName.toLowerCase());
    if (!id) {
      errors.parentName =
        language === "da"
          ? `Ingen kommune, region eller statslig institution hedder «${parentName}»`
          : `No municipality, region or state institution is called «${parentName}»`;
    }
    return id ?? null;
  }
  const code = record.municipalityCode?.trim();
  if (readKind(record.kind ?? "") === "public_unit" && code) {
    return lookups.municipalityIdByCode.get(code.padStart(4, "0")) ?? null;
  }
  return null;
}
