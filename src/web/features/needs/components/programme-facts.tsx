import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { FundingProgramme } from "../../../../domain/funding.js";
import { findMunicipality, findRegion } from "../../../../domain/geography.js";
import { FactTable, type Fact } from "../../../components/fact-table.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { formatDate, formatNumber } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { kindLabel } from "../labels.js";

/** What a programme grants per project in words («Op til 750.000 kr.»); null when the catalogue does not know. */
export function programmeAmountText(
  programme: Pick<FundingProgramme, "minAmount" | "maxAmount">,
  t: TFunction<"needs">,
  language: "da" | "en",
): string | null {
  const money = (value: number) => formatNumber(value, language);
  const { minAmount, maxAmount } = programme;
  if (minAmount !== null && maxAmount !== null) {
    return t("programme.amountRange", { min: money(minAmount), max: money(maxAmount) });
  }
  if (maxAmount !== null) {
    return t("programme.amountMax", { max: money(maxAmount) });
  }
  return minAmount !== null ? t("programme.amountMin", { min: money(minAmount) }) : null;
}

/** A funding programme's facts as a structured list; facts the catalogue does not know say so. */
export function ProgrammeFacts({ programme }: { programme: FundingProgramme }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const none = <span className="text-muted">{t("programme.notGiven")}</span>;
  const amount = programmeAmountText(programme, t, language);
  // A guideline's counts read «som udgangspunkt mindst …», a requirement's «mindst …».
  const guidance = programme.countsAreGuidance;
  const partnerRules = [
    programme.minMunicipalities !== null
      ? t(guidance ? "programme.minMunicipalitiesGuidance" : "programme.minMunicipalities", {
          count: programme.minMunicipalities,
        })
      : null,
    programme.minRegions !== null
      ? t(guidance ? "programme.minRegionsGuidance" : "programme.minRegions", { count: programme.minRegions })
      : null,
    programme.requiresCompany ? t("programme.requiresCompany") : null,
    programme.requiresKnowledgeInstitution ? t("programme.requiresKnowledge") : null,
  ].filter((rule): rule is string => rule !== null);

  const areas = [
    ...programme.regionCodes.map((code) => findRegion(code)?.name ?? code),
    ...programme.municipalityCodes.map((code) => findMunicipality(code)?.name ?? code),
  ];
  const rows: Fact[] = [
    [t("programme.owner"), programme.owner],
    [
      t("programme.eligible"),
      programme.eligibleKinds.length > 0
        ? programme.eligibleKinds.map((kind) => kindLabel(tc, kind)).join(", ")
        : t("programme.anyone"),
    ],
    [
      t("programme.careAreas"),
      programme.careAreas.length > 0
        ? programme.careAreas.map((area) => careAreaLabel(tc, area)).join(", ")
        : t("programme.allCareAreas"),
    ],
    [t("programme.area"), areas.length > 0 ? areas.join(", ") : t("programme.wholeCountry")],
    [t("programme.amount"), amount ?? none],
    [
      t("programme.cofinancing"),
      programme.cofinancingPct !== null
        ? t("programme.cofinancingValue", { pct: formatNumber(programme.cofinancingPct, language) })
        : none,
    ],
    [
      t("programme.deadline"),
      programme.deadline
        ? formatDate(programme.deadline, language)
        : programme.rolling
          ? t("programme.rolling")
          : t("programme.noDeadline"),
    ],
    [t("programme.partners"), partnerRules.length > 0 ? partnerRules.join(" – ") : t("programme.noPartnerRules")],
  ];
  if (programme.opensOn !== null) {
    rows.push([t("programme.opensOn"), formatDate(programme.opensOn, language)]);
  }
  if (programme.nextRound) {
    rows.push([t("programme.nextRound"), programme.nextRound]);
  }
  if (programme.themes.length > 0) {
    rows.push([t("programme.themes"), programme.themes.join(", ")]);
  }
  return (
    <FactTable
      facts={rows}
      className="table--compact programme-facts"
      label={t("programme.factsLabel", { name: programme.name })}
    />
  );
}
