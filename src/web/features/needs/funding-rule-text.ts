import type { TFunction } from "i18next";
import type { FundingRule } from "../../../domain/funding.js";
import { findMunicipality, findRegion } from "../../../domain/geography.js";
import type { Language } from "../../../domain/validation.js";
import { careAreaLabel } from "../../components/care-area-label.js";
import { formatDate } from "../../components/format.js";
import { kindLabel, type NeedsT } from "./labels.js";

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** A rule's value as a list of codes: the API sends arrays; a comma-separated text is read the same way. */
const codes = (value: FundingRule["required"]): string[] =>
  (Array.isArray(value) ? value : String(value).split(",")).map((item) => item.trim()).filter(Boolean);

/**
 * A funding rule in words, in the reader's language, built from the codes and values the API
 * sends, so kinds and care areas are named ("kommune eller region"), never shown as codes.
 * Every rule key has its words: a new key fails to compile here until it has them.
 */
export function describeFundingRule(rule: FundingRule, t: NeedsT, tc: TFunction, language: Language): string {
  const list = (items: string[], type: "conjunction" | "disjunction") =>
    new Intl.ListFormat(LOCALES[language], { type }).format(items);
  const kinds = (value: FundingRule["required"]) => codes(value).map((kind) => kindLabel(tc, kind).toLocaleLowerCase());
  const areas = (value: FundingRule["required"]) =>
    codes(value).map((area) => careAreaLabel(tc, area).toLocaleLowerCase());
  const places = (value: FundingRule["required"], nameOf: (code: string) => string | undefined) => {
    const names = codes(value).map((code) => nameOf(code) ?? code);
    return names.length > 0 ? list(names, "disjunction") : t("rules.nowhere");
  };
  const regions = (value: FundingRule["required"]) => places(value, (code) => findRegion(code)?.name);
  const municipalities = (value: FundingRule["required"]) => places(value, (code) => findMunicipality(code)?.name);
  switch (rule.key) {
    case "deadline": {
      const date = formatDate(String(rule.required), language);
      return rule.met ? t("rules.deadlineMet", { date }) : t("rules.deadlineUnmet", { date });
    }
    case "eligible_kind": {
      if (rule.met) {
        const eligible = codes(rule.required);
        return t("rules.eligibleMet", {
          actual: list(kinds(codes(rule.actual).filter((kind) => eligible.includes(kind))), "disjunction"),
        });
      }
      return t("rules.eligibleUnmet", {
        required: list(kinds(rule.required), "disjunction"),
        actual: list(kinds(rule.actual), "conjunction"),
      });
    }
    case "care_area":
      return rule.met
        ? t("rules.careAreaMet", { actual: list(areas(rule.actual), "conjunction") })
        : t("rules.careAreaUnmet", { required: list(areas(rule.required), "disjunction") });
    case "region":
      return rule.met
        ? t("rules.regionMet", { required: regions(rule.required) })
        : t("rules.regionUnmet", { required: regions(rule.required), actual: regions(rule.actual) });
    case "municipality":
      return rule.met
        ? t("rules.municipalityMet", { required: municipalities(rule.required) })
        : t("rules.municipalityUnmet", {
            required: municipalities(rule.required),
            actual: municipalities(rule.actual),
          });
    case "min_municipalities":
      return rule.met
        ? t("rules.municipalitiesMet", { required: rule.required })
        : t(rule.guidance ? "rules.municipalitiesGuidance" : "rules.municipalitiesUnmet", {
            required: rule.required,
            actual: rule.actual,
          });
    case "min_regions":
      return rule.met
        ? t("rules.regionsMet", { required: rule.required })
        : t(rule.guidance ? "rules.regionsGuidance" : "rules.regionsUnmet", {
            required: rule.required,
            actual: rule.actual,
          });
    case "requires_company":
      return rule.pending ? t("rules.companyPending") : rule.met ? t("rules.companyMet") : t("rules.companyUnmet");
    case "requires_knowledge_institution":
      return rule.pending
        ? t("rules.knowledgePending")
        : rule.met
          ? t("rules.knowledgeMet")
          : t("rules.knowledgeUnmet");
    default: {
      const unworded: never = rule.key;
      return unworded;
    }
  }
}
