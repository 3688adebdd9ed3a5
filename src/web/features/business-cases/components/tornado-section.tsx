import { useTranslation } from "react-i18next";
import type { Tornado } from "../../../../domain/business-case/tornado.js";
import { useFigures } from "../hooks/use-figures.js";
import { TornadoChart } from "./tornado-chart.js";
import { TornadoTable } from "./tornado-table.js";

/** One side's tornado: the base value, the chart and its table. */
export function TornadoSection({ id, heading, tornado }: { id: string; heading: string; tornado: Tornado }) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const headingId = `${id}-heading`;
  const moves = tornado.bars.some((bar) => bar.swing > 0);
  return (
    <section className="bc-section">
      <h3 id={headingId} className="h4">
        {heading}
      </h3>
      <p>{t("tornado.base", { npv: figures.kr(tornado.baseNpv) })}</p>
      {moves ? (
        <>
          <TornadoChart tornado={tornado} sideLabel={heading} />
          <TornadoTable tornado={tornado} sideLabel={heading} headingId={headingId} />
        </>
      ) : (
        <p className="empty-state">{t("tornado.allZero")}</p>
      )}
    </section>
  );
}
