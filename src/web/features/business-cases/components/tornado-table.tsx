import { useTranslation } from "react-i18next";
import type { Tornado } from "../../../../domain/business-case/tornado.js";
import { useFigures } from "../hooks/use-figures.js";
import { describeTornadoInput } from "../model/field-labels.js";

/** The tornado's figures as a table: the same numbers the chart draws, in the same order. */
export function TornadoTable({
  tornado,
  sideLabel,
  headingId,
}: {
  tornado: Tornado;
  sideLabel: string;
  headingId: string;
}) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
      <table className="table table--compact bc-number-table">
        <caption>{t("tornado.caption", { side: sideLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tornado.input")}</th>
            <th scope="col" className="bc-num">
              {t("tornado.npvLow")}
            </th>
            <th scope="col" className="bc-num">
              {t("tornado.npvHigh")}
            </th>
            <th scope="col" className="bc-num">
              {t("tornado.swing")}
            </th>
          </tr>
        </thead>
        <tbody>
          {tornado.bars.map((bar) => (
            <tr key={bar.input}>
              <th scope="row">{describeTornadoInput(t, bar.input)}</th>
              <td className="bc-num">{figures.kr(bar.npvLow)}</td>
              <td className="bc-num">{figures.kr(bar.npvHigh)}</td>
              <td className="bc-num">{figures.kr(bar.swing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
