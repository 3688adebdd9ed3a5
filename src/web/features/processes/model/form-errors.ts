import type { z } from "zod";
import { issuesToFields, type Language } from "../../../../domain/validation.js";
import { ApiError } from "../../../api/client.js";

export type FieldErrors = Record<string, string>;
export type Checked<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

/** Parses a candidate body with the shared schema the server uses, so the messages are the server's. */
export function checkWith<S extends z.ZodType>(schema: S, candidate: unknown, language: Language): Checked<z.output<S>> {
  const parsed = schema.safeParse(candidate);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: issuesToFields(parsed.error.issues, language) };
}

export interface Failure {
  /** Messages for named fields, shown next to them. */
  fields: FieldErrors;
  /** A message for the form as a whole, if the answer did not name a field. */
  message: string | undefined;
}

/**
 * What to show after a failed request: the server's field messages next to the fields, or one
 * message for the whole form (access refused, not found, network or server trouble).
 */
export function describeFailure(error: unknown, texts: { forbidden: string; notFound: string; failed: string }): Failure {
  if (error instanceof ApiError) {
    const { _: general, ...fields } = error.fields;
    if (Object.keys(fields).length > 0 || general) {
      return { fields, message: general };
    }
    if (error.status === 403) {
      return { fields: {}, message: texts.forbidden };
    }
    if (error.status === 404) {
      return { fields: {}, message: texts.notFound };
    }
    if (error.status >= 400 && error.status < 500 && error.message) {
      return { fields: {}, message: error.message };
    }
  }
  return { fields: {}, message: texts.failed };
}
