import { useTranslation } from "react-i18next";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { formatRate } from "../model/format.js";
import { BreakEvenFacts } from "./break-even-facts.js";
import { CashFlowTables } from "./cash-flow-tables.js";
import { ConfidentialNotice } from "./confidential-notice.js";
import { MetricsTable } from "./metrics-table.js";

/** Key figures per side, what it takes to break even, and the yearly cash flows. */
export function CashFlowsPanel({
  businessCase,
  results,
}: {
  businessCase: BusinessCase;
  results: BusinessCaseResults;
}) {
  const { t } = useTranslation("businessCases");
  const bands = results.discountBands;
  const isFm = bands.firstRate === 0.035 && bands.laterRate === 0.025;
  return (
    <>
      <h2 id="metrics-heading" className="h3">
        {t("cashFlows.metricsHeading")}
      </h2>
      {businessCase.companySideWithheld ? <ConfidentialNotice businessCase={businessCase} /> : null}
      <MetricsTable results={results} />
      <p className="form-hint">
        {isFm
          ? t("cashFlows.discountFm")
          : t("cashFlows.discountCustom", { rate: formatRate(bands.firstRate, currentLanguage()) })}
        {results.combined ? ` ${t("cashFlows.combinedNote")}` : ""}
      </p>
      <BreakEvenFacts results={results} />
      <h2 id="years-heading" className="h3 bc-section">
        {t("cashFlows.yearsHeading")}
      </h2>
      <CashFlowTables results={results} />
    </>
  );
}
