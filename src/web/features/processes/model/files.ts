import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from "../../../../domain/calls.js";
import type { Language } from "../../../../domain/validation.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** The file endings the server accepts (it checks the content too). */
export const ACCEPTED_EXTENSIONS = Object.keys(ATTACHMENT_TYPES);
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(",");
export { MAX_ATTACHMENT_BYTES };

export type FileProblem = "missing" | "too_large" | "wrong_type" | null;

/** The browser's first check of a chosen file; the server decides by the file's content. */
export function checkFile(file: { name: string; size: number } | null): FileProblem {
  if (!file) {
    return "missing";
  }
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  if (!ACCEPTED_EXTENSIONS.includes(extension) || !file.name.includes(".")) {
    return "wrong_type";
  }
  return file.size > MAX_ATTACHMENT_BYTES ? "too_large" : null;
}

export function formatBytes(bytes: number, language: Language): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) {
    return `${format(bytes, 0)} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${format(bytes / 1024, 0)} kB`;
  }
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/vnd.oasis.opendocument.text": "ODT",
  "text/plain": "TXT",
  "text/csv": "CSV",
};

export function typeLabel(contentType: string): string {
  return TYPE_LABELS[contentType] ?? contentType;
}
