import type { Language } from "../validation.js";
import { AUDIT_AREAS, commonVocabulary, type AuditVocabulary, type Label } from "./areas/index.js";

/**
 * The audit log in the reader's words: an entity type, an action and a snapshot field get their label from
 * the vocabulary of the entity's area (then the common one); values are formatted (dates in Danish, money in
 * kroner, coded statuses as their labels). An unknown code reads as itself, humanised, never as an error.
 */

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };
const TIME_ZONE = "Europe/Copenhagen";

const areaOf = (entity: string): AuditVocabulary | undefined =>
  AUDIT_AREAS.find((area) => Object.hasOwn(area.entities, entity));

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** `share_company_side` → «Share company side»: the last resort for a code no vocabulary names. */
export function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every entity type the vocabularies name, for the log's filter. */
export const AUDIT_ENTITY_TYPES: string[] = AUDIT_AREAS.flatMap((area) => Object.keys(area.entities));

export function describeEntityType(entity: string, language: Language): string {
  return own(areaOf(entity)?.entities, entity)?.[language] ?? humanise(entity);
}

/** `gate:stop` → «Gatebeslutning: Stop»; `status:in_process` on a need → «Status: I forløb». */
export function describeAction(entity: string, action: string, language: Language): string {
  const area = areaOf(entity);
  const actionLabel = (code: string): Label | undefined =>
    own(area?.actions, code) ?? own(commonVocabulary.actions, code);
  const exact = actionLabel(action);
  if (exact) {
    return exact[language];
  }
  const split = action.indexOf(":");
  if (split < 0) {
    return humanise(action);
  }
  const prefix = action.slice(0, split);
  const detail = action.slice(split + 1);
  const prefixText = actionLabel(prefix)?.[language] ?? humanise(prefix);
  const detailText = own(own(area?.details, prefix), detail)?.[language] ?? humanise(detail);
  return `${prefixText}: ${detailText}`;
}

export function describeField(entity: string, field: string, language: Language): string {
  return (own(areaOf(entity)?.fields, field) ?? own(commonVocabulary.fields, field))?.[language] ?? humanise(field);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** Fields that hold kroner: `budgetDkk`, `priceDkk`, and the like. */
const MONEY_FIELD = /(Dkk|Kr)$/;

/** «4. december 2026» (an ISO date is a day, not an instant: read in UTC). */
export function formatAuditDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** «4. december 2026 kl. 10.15» in Danish time. */
export function formatAuditTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatKroner(amount: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: "currency",
    currency: "DKK",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** CR, LF and other control characters shown as ␍ ␊ …, so a value cannot pose as a second log line. */
export function showControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (character) =>
    String.fromCodePoint(0x2400 + (character === "\u007f" ? 0x21 : character.charCodeAt(0))),
  );
}

const YES_NO: Record<Language, [string, string]> = { da: ["Ja", "Nej"], en: ["Yes", "No"] };

/** One snapshot value as a reader should see it. */
export function formatAuditValue(entity: string, field: string, value: unknown, language: Language): string {
  if (value === undefined) {
    return "";
  }
  if (value === null || value === "") {
    return "–";
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "–" : value.map((item) => formatAuditValue(entity, field, item, language)).join(", ");
  }
  if (typeof value === "boolean") {
    return YES_NO[language][value ? 0 : 1];
  }
  if (typeof value === "number") {
    return MONEY_FIELD.test(field)
      ? formatKroner(value, language)
      : new Intl.NumberFormat(LOCALES[language]).format(value);
  }
  if (typeof value === "string") {
    const coded = own(own(areaOf(entity)?.values, field), value) ?? own(own(commonVocabulary.values, field), value);
    if (coded) {
      return coded[language];
    }
    if (DATE_ONLY.test(value)) {
      return formatAuditDate(value, language);
    }
    if (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) {
      return formatAuditTime(value, language);
    }
    return showControlCharacters(value);
  }
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([key, item]) => `${describeField(entity, key, language)}: ${formatAuditValue(entity, key, item, language)}`)
      .join("; ");
  }
  return showControlCharacters(String(value));
}

export interface AuditChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The fields that differ between two snapshots, labelled and formatted (a creation lists every field). A
 * snapshot that is not an object (a list of tags) is one change of the field «value».
 */
export function describeChanges(entity: string, before: unknown, after: unknown, language: Language): AuditChange[] {
  const left = isRecord(before) ? before : before === null || before === undefined ? {} : { value: before };
  const right = isRecord(after) ? after : after === null || after === undefined ? {} : { value: after };
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys
    .filter((key) => JSON.stringify(left[key]) !== JSON.stringify(right[key]))
    .map((key) => ({
      field: key,
      label: describeField(entity, key, language),
      before: formatAuditValue(entity, key, left[key], language),
      after: formatAuditValue(entity, key, right[key], language),
    }));
}
