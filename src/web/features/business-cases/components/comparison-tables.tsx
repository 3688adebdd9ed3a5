import { useTranslation } from "react-i18next";
import type { BusinessCaseComparison } from "../../../../domain/business-case/views.js";
import { useComparisonFormat } from "../hooks/use-comparison-format.js";
import { describeField } from "../model/field-labels.js";

/** The differences between two versions: changed inputs, then the key figures of both. */
export function ComparisonTables({
  comparison,
  heading,
  labelA,
  labelB,
  isWithheld,
}: {
  comparison: BusinessCaseComparison;
  heading: string;
  labelA: string;
  labelB: string;
  isWithheld: boolean;
}) {
  const { t } = useTranslation("businessCases");
  const format = useComparisonFormat();
  return (
    <section className="bc-comparison">
      <h3 id="comparison-heading" className="h4">
        {heading}
      </h3>
      {isWithheld ? <p className="form-hint">{t("versions.confidentialNote")}</p> : null}
      {comparison.fields.length === 0 ? (
        <p>{t("versions.noFieldChanges")}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("versions.fieldsCaption")}>
          <table className="table table--compact table--zebra">
            <caption>{t("versions.fieldsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("versions.field")}</th>
                <th scope="col">{labelA}</th>
                <th scope="col">{labelB}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.fields.map((difference) => (
                <tr key={difference.field}>
                  <th scope="row">{describeField(t, difference.field)}</th>
                  <td>{format.field(difference.field, difference.a)}</td>
                  <td>{format.field(difference.field, difference.b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("versions.resultsCaption")}>
        <table className="table table--compact table--zebra">
          <caption>{t("versions.resultsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cashFlows.metric")}</th>
              <th scope="col">{labelA}</th>
              <th scope="col">{labelB}</th>
              <th scope="col">{t("versions.difference")}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.results.map((row) => (
              <tr key={row.metric}>
                <th scope="row">{format.metricLabel(row.metric)}</th>
                <td className="nowrap">{format.metric(row.metric, row.a)}</td>
                <td className="nowrap">{format.metric(row.metric, row.b)}</td>
                <td className="nowrap">{format.difference(row.metric, row.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
