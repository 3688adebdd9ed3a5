import type { Language } from "../../../domain/validation.js";
import { HttpError } from "../../http/errors.js";

/** A 4xx about one field, in the reader's language. */
export function knowledgeError(status: number, field: string, language: Language, da: string, en: string): HttpError {
  const message = language === "en" ? en : da;
  return new HttpError(status, status === 409 ? "conflict" : "validation", `${field}: ${message}`, {
    [field]: message,
  });
}
