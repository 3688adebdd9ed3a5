import { useTranslation } from "react-i18next";
import { groupByStage, phaseNumber } from "../model/board.js";
import type { ProcessSummary } from "../../../../domain/process/views.js";
import { ProcessCard } from "./process-card.js";

/**
 * The board: the OPIguide's five stages, each with its phases as columns of cards. Headings
 * carry the structure (h3 stage, h4 phase, h5 card), so a screen reader can jump between them
 * without a dozen extra landmarks.
 */
export function BoardColumns({ items }: { items: readonly ProcessSummary[] }) {
  const { t } = useTranslation("processes");
  return (
    <div className="process-board-scroll" tabIndex={0} role="region" aria-label={t("board.boardLabel")}>
      <div className="process-board">
        {groupByStage(items).map((stage) => (
          <div key={stage.stage} className={`process-stage process-stage-${stage.phases.length}`}>
            <h3 className="process-stage-heading" id={`stage-${stage.stage}`}>
              <span className="process-stage-number">{stage.number}</span>{" "}
              <span className="process-stage-name">{t(`stages.${stage.stage}`)}</span>
            </h3>
            <div className="process-stage-columns">
              {stage.phases.map((column) => (
                <div key={column.phase} className="process-column">
                  <h4 className="process-column-heading" id={`phase-${column.phase}`}>
                    {t("board.phaseHeading", { number: phaseNumber(column.phase), phase: t(`phases.${column.phase}`) })}
                    <span className="process-column-count"> ({column.items.length})</span>
                  </h4>
                  {column.items.length > 0 ? (
                    <ul className="process-card-list no-max-width">
                      {column.items.map((item) => (
                        <li key={item.id}>
                          <ProcessCard process={item} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="process-column-empty">{t("board.columnEmpty")}</p>
                  )}
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
