import type { TFunction } from "i18next";
import type { SummaryItem } from "../../forms/error-summary.js";
import { fieldId } from "../../forms/field-id.js";

type FieldKey = Parameters<TFunction<"needs">>[0] & `fields.${string}`;

/**
 * Error-summary entries for field errors: label from `fields.<name>`, link to the field's control,
 * in the order the fields appear in the form (`order`), not the order the schema checks them.
 */
export function fieldSummaryItems(
  t: TFunction<"needs">,
  errors: Record<string, string>,
  order: readonly string[] = [],
): SummaryItem[] {
  const position = (path: string) => {
    const index = order.indexOf(path.split(".")[0] ?? path);
    return index === -1 ? order.length : index;
  };
  const entries = Object.entries(errors).sort(([a], [b]) => position(a) - position(b));
  return entries.map(([path, message]) => {
    const root = path.split(".")[0] ?? path;
    const key = `fields.${root}` as FieldKey;
    const label = t(key, { defaultValue: root === "_" ? t("fields.general") : root });
    return { target: fieldId(root), label, message };
  });
}

/** The message for a field, also when the server reported it on an item (e.g. "competenceIds.0"). */
export function errorFor(errors: Record<string, string>, name: string): string | undefined {
  return errors[name] ?? Object.entries(errors).find(([path]) => path.startsWith(`${name}.`))?.[1];
}
