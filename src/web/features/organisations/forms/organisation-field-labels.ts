import type { TFunction } from "i18next";
import { fieldId } from "../../../forms/field-id.js";
import type { SummaryItem } from "../../../forms/error-summary.js";
import type { FieldErrors } from "../../../forms/form-check.js";

/** Form order, so the error summary lists problems top to bottom. */
const ORDER = [
  "kind",
  "name",
  "cvr",
  "parentId",
  "municipalityCode",
  "address",
  "website",
  "employeeBand",
  "description",
  "db07Codes",
  "careAreas",
  "competenceIds",
  "contactPersons",
  "_",
];

const LIST_FIELDS = ["db07Codes", "careAreas", "competenceIds"];

function topOf(path: string): string {
  return path.split(".")[0];
}

/** The message for a field; a list field also shows its items' messages ("db07Codes.2"). */
export function errorFor(errors: FieldErrors, key: string): string | undefined {
  if (errors[key]) {
    return errors[key];
  }
  const nested = Object.keys(errors).find((path) => path.startsWith(`${key}.`));
  return nested ? errors[nested] : undefined;
}

function labelFor(t: TFunction<["translation", "organisations"]>, path: string): string {
  const [top, index, field] = path.split(".");
  switch (top) {
    case "kind":
      return t("organisations:organisation.kind");
    case "name":
      return t("organisations:organisation.name");
    case "cvr":
      return t("organisations:organisation.cvr");
    case "parentId":
      return t("organisations:organisation.parent");
    case "municipalityCode":
      return t("organisations:organisation.municipality");
    case "address":
      return t("organisations:organisation.address");
    case "website":
      return t("organisations:organisation.website");
    case "employeeBand":
      return t("organisations:organisation.employeeBand");
    case "description":
      return t("organisations:organisation.description");
    case "db07Codes":
      return t("organisations:organisation.db07");
    case "careAreas":
      return t("organisations:organisation.careAreas");
    case "competenceIds":
      return t("organisations:organisation.competences");
    case "contactPersons": {
      const person = t("organisations:contact.person", { number: Number(index) + 1 });
      const fieldLabels: Record<string, string> = {
        name: t("organisations:contact.name"),
        title: t("organisations:contact.title"),
        email: t("organisations:contact.email"),
        phone: t("organisations:contact.phone"),
      };
      return field && fieldLabels[field] ? `${person}, ${fieldLabels[field]}` : person;
    }
    default:
      return t("form.general");
  }
}

function targetFor(path: string): string {
  const top = topOf(path);
  if (LIST_FIELDS.includes(top)) {
    return fieldId(top);
  }
  if (top === "contactPersons") {
    const [, index, field] = path.split(".");
    return field ? fieldId(`contactPersons.${index}.${field}`) : "add-contact";
  }
  return fieldId(top);
}

export function summaryItems(t: TFunction<["translation", "organisations"]>, errors: FieldErrors): SummaryItem[] {
  const seen = new Set<string>();
  return Object.entries(errors)
    .filter(([path]) => path !== "_")
    .sort(([a], [b]) => ORDER.indexOf(topOf(a)) - ORDER.indexOf(topOf(b)))
    .filter(([path]) => {
      const key = LIST_FIELDS.includes(topOf(path)) ? topOf(path) : path;
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    })
    .map(([path, message]) => ({ target: targetFor(path), label: labelFor(t, path), message }));
}
