import type { TFunction } from "i18next";
import { ApiError } from "../../api/client.js";

export interface SubmitErrors {
  fields: Record<string, string>;
  message?: string;
}

/**
 * What a failed save shows: the server's messages next to the form's own fields (`known`), and a
 * general message for the rest (e.g. "the call is closed"), so no message points at a missing field.
 */
export function submitErrors(error: unknown, t: TFunction, known: readonly string[]): SubmitErrors {
  if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
    const fields: Record<string, string> = {};
    const general: string[] = [];
    for (const [path, text] of Object.entries(error.fields)) {
      if (known.includes(path.split(".")[0] ?? path)) {
        fields[path] = text;
      } else {
        general.push(text);
      }
    }
    return { fields, message: general.length > 0 ? general.join(" ") : undefined };
  }
  if (error instanceof ApiError && error.status === 403) {
    return { fields: {}, message: t("errors.forbidden") };
  }
  if (error instanceof ApiError && error.status === 404) {
    return { fields: {}, message: t("errors.notFound") };
  }
  return { fields: {}, message: error instanceof ApiError && error.status < 500 && error.message ? error.message : t("errors.saveFailed") };
}
