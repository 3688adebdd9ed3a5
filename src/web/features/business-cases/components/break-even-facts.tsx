import { useTranslation } from "react-i18next";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import { useFigures } from "../hooks/use-figures.js";
import { formatDecimal, formatWhole } from "../model/format.js";

/** What it takes to break even: hours freed on the public side, units sold on the company side. */
export function BreakEvenFacts({ results }: { results: BusinessCaseResults }) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const hours = results.public.hoursPerYearForZeroNpv;
  const breakEven = results.company?.breakEven;
  const units = (value: number | null) =>
    value === null
      ? t("cashFlows.unitsNotPossible")
      : t("cashFlows.unitsValue", { units: formatDecimal(value, figures.language) });
  return (
    <section className="bc-section">
      <h3 id="break-even-heading" className="h4">
        {t("cashFlows.breakEvenHeading")}
      </h3>
      <dl className="bc-facts">
        <dt>{t("cashFlows.hoursForZeroNpv")}</dt>
        <dd>
          {hours === null
            ? t("cashFlows.hoursNotPossible")
            : t("cashFlows.hoursValue", { hours: formatWhole(Math.ceil(hours), figures.language) })}
        </dd>
        {breakEven ? (
          <>
            <dt>{t("cashFlows.contribution")}</dt>
            <dd>{figures.kr(breakEven.contributionPerUnit)}</dd>
            <dt>{t("cashFlows.unitsForYearlyProfit")}</dt>
            <dd>{units(breakEven.unitsPerYearForYearlyProfit)}</dd>
            <dt>{t("cashFlows.unitsForZeroNpv")}</dt>
            <dd>{units(breakEven.unitsPerYearForZeroNpv)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
