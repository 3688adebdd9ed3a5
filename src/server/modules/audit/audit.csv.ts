import {
  describeAction,
  describeChanges,
  describeEntityType,
  formatAuditTime,
} from "../../../domain/audit/describe.js";
import type { AuditEntry } from "../../../domain/audit-views.js";
import type { Language } from "../../../domain/validation.js";

/** A CSV cell: quoted, quotes doubled, and a leading =, +, - or @ defused (no formula injection). */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const HEADERS: Record<Language, string[]> = {
  da: ["Tidspunkt", "Hvem", "E-mail", "Type", "Navn", "Id", "Handling", "Ændringer"],
  en: ["Time", "Who", "E-mail", "Type", "Name", "Id", "Action", "Changes"],
};

const HIDDEN: Record<Language, string> = { da: "(ikke tilgængelig)", en: "(not available)" };
const SYSTEM: Record<Language, string> = { da: "Systemet", en: "The system" };

/** Semicolon-separated, as Danish Excel opens it; CRLF between rows. */
export function auditCsvHeader(language: Language): string {
  return `${HEADERS[language].map(csvCell).join(";")}\r\n`;
}

/** One entry as a CSV line in the reader's words: the same labels and formatting as the log's page. */
export function auditCsvLine(entry: AuditEntry, language: Language): string {
  const changes = describeChanges(entry.entity, entry.before, entry.after, language)
    .map((change) =>
      change.before === "" ? `${change.label}: ${change.after}` : `${change.label}: ${change.before} → ${change.after}`,
    )
    .join(" | ");
  const cells = [
    formatAuditTime(entry.at, language),
    entry.actor ? (entry.actor.name ?? entry.actor.email) : SYSTEM[language],
    entry.actor?.email ?? "",
    describeEntityType(entry.entity, language),
    entry.subject?.label ?? (entry.isSubjectHidden ? HIDDEN[language] : ""),
    entry.entityId,
    describeAction(entry.entity, entry.action, language),
    changes,
  ];
  return `${cells.map(csvCell).join(";")}\r\n`;
}
