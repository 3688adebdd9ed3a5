import { useTranslation } from "react-i18next";
import type { SummaryItem } from "../../../forms/error-summary.js";
import type { FailureTexts, FieldErrors } from "../../../forms/form-check.js";

const FIELDS = [
  "title",
  "kind",
  "theme",
  "description",
  "collaborationModel",
  "needIds",
  "participants",
  "organisationId",
  "role",
  "phase",
  "decision",
  "rationale",
  "lessons",
  "status",
  "note",
  "documentId",
  "ownerUserId",
  "ownerText",
  "startsOn",
  "dueOn",
  "done",
  "what",
  "hypothesis",
  "siteOrganisationId",
  "endsOn",
  "measures",
  "file",
  "confidentialFor",
] as const;
type Field = (typeof FIELDS)[number];

const isField = (value: string): value is Field => (FIELDS as readonly string[]).includes(value);

/**
 * Labels for the API's field names, and error-summary entries that link each message to its
 * control. A nested path such as `participants.1.role` is labelled by its first known part.
 */
export function useFieldLabels() {
  const { t } = useTranslation("processes");
  const of = (field: Field): string => t(`fields.${field}`);
  const labelFor = (path: string): string => {
    const known = path.split(".").find(isField);
    return known ? of(known) : t("fields.form");
  };
  /** Entries in the order of `targets` (the form's order), so the summary reads top to bottom. */
  const summary = (errors: FieldErrors, targets: Record<string, string>): SummaryItem[] => {
    const order = Object.keys(targets);
    const rank = (path: string) => {
      const index = order.indexOf(path) >= 0 ? order.indexOf(path) : order.indexOf(path.split(".")[0]);
      return index >= 0 ? index : order.length;
    };
    return Object.entries(errors)
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true }))
      .map(([path, message]) => ({
        target: targets[path] ?? targets[path.split(".")[0]] ?? Object.values(targets)[0] ?? "",
        label: labelFor(path),
        message,
      }));
  };
  /** What a failed request says when it names no field, in the process's words. */
  const failureTexts: FailureTexts = {
    forbidden: t("errors.forbidden"),
    notFound: t("errors.notFound"),
    failed: t("errors.saveFailed"),
  };
  return { of, labelFor, summary, failureTexts };
}
