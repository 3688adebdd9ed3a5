import { z } from "zod";
import { translateMessage, type Language } from "../validation.js";
import { GROUP_LABELS, RESPONDENT_GROUPS, type RespondentGroup } from "./groups.js";

/**
 * Respondents in bulk (issue 15, point 6): a pasted list or a CSV/XLSX sheet of name, e-mail and group,
 * read into rows with errors per row (row number as in the sheet, field, what is wrong). Nothing is
 * invited unless every row is right.
 */
export const MAX_BULK_RESPONDENTS = 500;

export interface BulkRespondent {
  /** The row's number as the reader sees it in the sheet or the pasted text (1 = the first line). */
  row: number;
  name: string;
  email: string;
  audience: RespondentGroup;
}

export interface BulkRowError {
  row: number;
  field: "name" | "email" | "group" | "file";
  message: string;
}

export interface BulkRespondentPreview {
  rows: BulkRespondent[];
  errors: BulkRowError[];
}

type Column = "name" | "email" | "group";

const HEADER_WORDS: Record<Column, string[]> = {
  name: ["navn", "name", "fulde navn", "full name"],
  email: ["e-mail", "email", "mail", "e-mailadresse", "email address", "e-mail address"],
  group: ["gruppe", "group", "respondentgruppe", "audience"],
};

/** Lower case, no accents, single spaces: «Borgere og Pårørende» and «borgere og parorende» are the same. */
function fold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ø/gi, "o")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const GROUP_BY_WORD = new Map<string, RespondentGroup>(
  RESPONDENT_GROUPS.flatMap((group) => [
    [fold(group), group] as const,
    [fold(GROUP_LABELS[group].da), group] as const,
    [fold(GROUP_LABELS[group].en), group] as const,
  ]),
);

/** A group by its code or its Danish or English label, ignoring case and accents. */
export function matchGroup(value: string): RespondentGroup | undefined {
  return GROUP_BY_WORD.get(fold(value));
}

/** A pasted list: one person a line, cells split by tab (from a spreadsheet), semicolon or comma. */
export function splitPastedList(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const separator = text.includes("\t") ? "\t" : text.includes(";") ? ";" : ",";
  return lines.map((line) => (line.trim() === "" ? [] : line.split(separator).map((cell) => cell.trim())));
}

function columnsOf(header: string[]): Record<Column, number> | null {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const word = fold(cell);
    for (const column of Object.keys(HEADER_WORDS) as Column[]) {
      if (found[column] === undefined && HEADER_WORDS[column].includes(word)) {
        found[column] = index;
      }
    }
  });
  return found.name !== undefined && found.email !== undefined && found.group !== undefined
    ? (found as Record<Column, number>)
    : null;
}

const emailSchema = z.email().max(254);

/**
 * Reads rows (a sheet's or a pasted list's cells) into respondents. With a header row naming «Navn»,
 * «E-mail» and «Gruppe» (in any order, Danish or English) the columns follow it; without, they are
 * name, e-mail, group. Empty lines are skipped but keep their numbers.
 */
export function readRespondentRows(cells: string[][], language: Language): BulkRespondentPreview {
  const firstIndex = cells.findIndex((row) => row.some((cell) => cell.trim() !== ""));
  const header = firstIndex >= 0 ? columnsOf(cells[firstIndex]) : null;
  const columns = header ?? { name: 0, email: 1, group: 2 };
  const start = header ? firstIndex + 1 : 0;
  const rows: BulkRespondent[] = [];
  const errors: BulkRowError[] = [];
  const seen = new Map<string, number>();
  const allowed = RESPONDENT_GROUPS.map((group) => GROUP_LABELS[group][language]).join(", ");
  const message = (key: string, params: Record<string, unknown> = {}) => translateMessage(key, language, params);

  for (let index = start; index < cells.length; index += 1) {
    const row = cells[index];
    if (row.every((cell) => cell.trim() === "")) {
      continue;
    }
    const number = index + 1;
    const name = (row[columns.name] ?? "").trim();
    const email = (row[columns.email] ?? "").trim().toLowerCase();
    const groupText = (row[columns.group] ?? "").trim();
    const before = errors.length;
    if (!name) {
      errors.push({ row: number, field: "name", message: message("required") });
    } else if (name.length > 120) {
      errors.push({ row: number, field: "name", message: message("too_long", { max: 120 }) });
    }
    if (!email) {
      errors.push({ row: number, field: "email", message: message("required") });
    } else if (!emailSchema.safeParse(email).success) {
      errors.push({ row: number, field: "email", message: message("email") });
    } else if (seen.has(email)) {
      errors.push({ row: number, field: "email", message: message("email_duplicate", { row: seen.get(email) }) });
    } else {
      seen.set(email, number);
    }
    const audience = matchGroup(groupText);
    if (!audience) {
      errors.push({
        row: number,
        field: "group",
        message: groupText ? message("group_unknown", { keys: allowed }) : message("required"),
      });
    }
    if (errors.length === before && audience) {
      rows.push({ row: number, name, email, audience });
    }
  }
  if (rows.length + new Set(errors.map((error) => error.row)).size > MAX_BULK_RESPONDENTS) {
    return {
      rows: [],
      errors: [{ row: 0, field: "file", message: message("too_many", { max: MAX_BULK_RESPONDENTS }) }],
    };
  }
  if (rows.length === 0 && errors.length === 0) {
    return { rows, errors: [{ row: 0, field: "file", message: message("bulk_empty") }] };
  }
  return { rows, errors };
}

/** The pasted text, for the preview and the invitation. */
export const BulkRespondentText = z.object({ text: z.string().max(200_000) }).strict();

/** Inviting: the list again (the server reads it once more; the preview's rows are not trusted). */
export const BulkRespondentInvite = z
  .object({
    text: z.string().max(200_000),
    expiresInDays: z.number().int().min(1).max(180).default(30),
  })
  .strict();
export type BulkRespondentInvite = z.infer<typeof BulkRespondentInvite>;
