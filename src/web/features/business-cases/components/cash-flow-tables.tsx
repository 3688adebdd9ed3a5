import { useTranslation } from "react-i18next";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import { useFigures } from "../hooks/use-figures.js";
import { formatFactor, formatPercent, formatWhole } from "../model/format.js";
import { YearTable } from "./year-table.js";

type PublicRow = BusinessCaseResults["public"]["years"][number];
type CompanyRow = NonNullable<BusinessCaseResults["company"]>["years"][number];
interface CombinedRow {
  year: number;
  publicNet: number;
  companyNet: number;
  net: number;
  discounted: number;
  cumulativeDiscounted: number;
}

/** The yearly cash flows of each side the reader may see, and of both together. */
export function CashFlowTables({ results }: { results: BusinessCaseResults }) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const { language } = figures;
  const kr = (value: number) => formatWhole(value, language);
  const shared = {
    net: { key: "net", label: t("cashFlows.net"), render: (row: { net: number }) => kr(row.net) },
    factor: {
      key: "discountFactor",
      label: t("cashFlows.discountFactor"),
      render: (row: { discountFactor: number }) => formatFactor(row.discountFactor, language),
    },
    discounted: {
      key: "discounted",
      label: t("cashFlows.discounted"),
      render: (row: { discounted: number }) => kr(row.discounted),
    },
    cumulativeDiscounted: {
      key: "cumulativeDiscounted",
      label: t("cashFlows.cumulativeDiscounted"),
      render: (row: { cumulativeDiscounted: number }) => kr(row.cumulativeDiscounted),
    },
  };
  const npvFooter = (npv: number) => ({ label: t("cashFlows.npvRow"), column: "discounted", value: figures.kr(npv) });
  const company = results.company;
  const combinedRows: CombinedRow[] =
    company && results.combined
      ? results.combined.years.map((row) => ({
          ...row,
          publicNet: results.public.years[row.year].net,
          companyNet: company.years[row.year].net,
        }))
      : [];
  return (
    <>
      <p className="form-hint">{t("cashFlows.amountsNote")}</p>
      <YearTable<PublicRow>
        id="public-years"
        heading={t("cashFlows.publicHeading")}
        caption={t("cashFlows.publicHeading")}
        yearLabel={t("cashFlows.year")}
        rows={results.public.years}
        columns={[
          { key: "investment", label: t("cashFlows.investment"), render: (row) => kr(row.investment) },
          { key: "runningCosts", label: t("cashFlows.runningCosts"), render: (row) => kr(row.runningCosts) },
          {
            key: "phaseIn",
            label: t("cashFlows.phaseIn"),
            render: (row) => (row.year === 0 ? "" : formatPercent(row.phaseIn * 100, language)),
          },
          { key: "benefits", label: t("cashFlows.benefits"), render: (row) => kr(row.benefits) },
          shared.net,
          shared.factor,
          shared.discounted,
          shared.cumulativeDiscounted,
        ]}
        footer={npvFooter(results.public.metrics.npv)}
      />
      {company ? (
        <YearTable<CompanyRow>
          id="company-years"
          heading={t("cashFlows.companyHeading")}
          caption={t("cashFlows.companyHeading")}
          yearLabel={t("cashFlows.year")}
          rows={company.years}
          columns={[
            {
              key: "marketShare",
              label: t("cashFlows.marketShare"),
              render: (row) => formatPercent(row.marketShare * 100, language),
            },
            {
              key: "unitsSold",
              label: t("cashFlows.unitsSold"),
              render: (row) => formatWhole(row.unitsSold, language),
            },
            { key: "revenue", label: t("cashFlows.revenue"), render: (row) => kr(row.revenue) },
            { key: "variableCosts", label: t("cashFlows.variableCosts"), render: (row) => kr(row.variableCosts) },
            { key: "developmentCost", label: t("cashFlows.developmentCost"), render: (row) => kr(row.developmentCost) },
            { key: "salesCosts", label: t("cashFlows.salesCosts"), render: (row) => kr(row.salesCosts) },
            shared.net,
            shared.discounted,
            shared.cumulativeDiscounted,
          ]}
          footer={npvFooter(company.metrics.npv)}
        />
      ) : null}
      {results.combined ? (
        <YearTable<CombinedRow>
          id="combined-years"
          heading={t("cashFlows.combinedHeading")}
          caption={t("cashFlows.combinedHeading")}
          yearLabel={t("cashFlows.year")}
          rows={combinedRows}
          columns={[
            { key: "publicNet", label: t("cashFlows.publicNet"), render: (row) => kr(row.publicNet) },
            { key: "companyNet", label: t("cashFlows.companyNet"), render: (row) => kr(row.companyNet) },
            { key: "net", label: t("cashFlows.combinedNet"), render: (row) => kr(row.net) },
            shared.discounted,
            shared.cumulativeDiscounted,
          ]}
          footer={npvFooter(results.combined.metrics.npv)}
        />
      ) : null}
    </>
  );
}
