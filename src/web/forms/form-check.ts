import type { z } from "zod";
import { issuesToFields, translateMessage, type Language } from "../../domain/validation.js";
import { ApiError } from "../api/client.js";

/** Messages by field path ("title", "contactPersons.0.email"); "_" is about the form as a whole. */
export type FieldErrors = Record<string, string>;

/** A form's values as the API's body, or the messages that say what to fix (`message`: about the whole form). */
export type Checked<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors; message?: string };

/**
 * Parses a candidate body with the shared schema the server uses, so the messages are the server's
 * (src/domain/validation.ts). `blank` names the choices nobody has made yet: their message is
 * «Skal udfyldes», not «Er ikke en af de tilladte værdier».
 */
export function checkWith<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  language: Language,
  blank: Record<string, boolean> = {},
): Checked<z.output<S>> {
  const parsed = schema.safeParse(candidate);
  return parsed.success
    ? { ok: true, body: parsed.data }
    : { ok: false, errors: withBlankAsRequired(issuesToFields(parsed.error.issues, language), blank, language) };
}

/** The messages of `errors`, with each reported field that `blank` marks as not chosen saying «required». */
export function withBlankAsRequired(
  errors: FieldErrors,
  blank: Record<string, boolean>,
  language: Language,
): FieldErrors {
  const fixed = { ...errors };
  for (const [path, isBlank] of Object.entries(blank)) {
    if (isBlank && fixed[path]) {
      fixed[path] = translateMessage("required", language);
    }
  }
  return fixed;
}

/** What a form shows: messages next to its fields and one message for the form as a whole. */
export interface FormProblems {
  fields: FieldErrors;
  message?: string;
}

export interface FailureTexts {
  forbidden: string;
  notFound: string;
  failed: string;
  /** Texts for other answers a form expects, e.g. 401 at sign-in or 429 after too many attempts. */
  byStatus?: Record<number, string>;
}

/**
 * What to show after a failed request: the server's field messages next to the form's own fields
 * (`known`, matched by a path's first part; all when not given), and one message for the rest
 * ("_", or a field the form does not have, e.g. "the call is closed"), so no message points at a
 * missing field. Without fields: a text the form expects for the status, access refused, not
 * found, the server's own 4xx text, or `failed`.
 */
export function describeFailure(error: unknown, texts: FailureTexts, known?: readonly string[]): FormProblems {
  if (error instanceof ApiError) {
    const fields: FieldErrors = {};
    const general: string[] = [];
    for (const [path, text] of Object.entries(error.fields)) {
      const root = path.split(".")[0];
      if (path === "_" || (known !== undefined && !known.includes(root))) {
        general.push(text);
      } else {
        fields[path] = text;
      }
    }
    if (Object.keys(fields).length > 0 || general.length > 0) {
      return { fields, message: general.length > 0 ? general.join(" ") : undefined };
    }
    const expected = texts.byStatus?.[error.status];
    if (expected) {
      return { fields: {}, message: expected };
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

export interface SaveReport<T, R> {
  saving: (isSaving: boolean) => void;
  saved: (result: R, body: T) => void;
  failed: (problems: FormProblems, error: unknown) => void;
}

/** Sends a checked body and reports each step: busy, then saved or the problems to show, then idle. */
export async function runSave<T, R>(
  body: T,
  save: (body: T) => Promise<R>,
  describe: (error: unknown) => FormProblems,
  report: SaveReport<T, R>,
): Promise<void> {
  report.saving(true);
  try {
    const result = await save(body);
    report.saved(result, body);
  } catch (error) {
    report.failed(describe(error), error);
  } finally {
    report.saving(false);
  }
}
