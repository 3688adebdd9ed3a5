import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { phaseNumber } from "../model/board.js";
import { chronologicalGates } from "../model/gate-order.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";

const BADGE = { go: "badge badge-success", adjust: "badge badge-info", stop: "badge process-badge-stopped" } as const;

/** Every gate decision, oldest first: the phase, the decision, why, the lessons, who and when. */
export function TimelinePanel({ process }: { process: ProcessDetail }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const gates = chronologicalGates(process.gates);
  if (gates.length === 0) {
    return (
      <div className="empty-state">
        <p>{t("timeline.empty")}</p>
      </div>
    );
  }
  return (
    <>
      <p>{t("timeline.intro")}</p>
      <ol className="process-timeline">
        {gates.map((gate) => (
          <li key={gate.id} className={`process-timeline-item process-timeline-${gate.decision}`}>
            <h3 className="h5 process-timeline-heading">
              {t("timeline.gateOf", {
                phase: t("board.phaseHeading", { number: phaseNumber(gate.phase), phase: t(`phases.${gate.phase}`) }),
              })}{" "}
              <span className={BADGE[gate.decision]}>{t(`decisions.${gate.decision}`)}</span>
            </h3>
            <p className="process-timeline-rationale">{gate.rationale}</p>
            {gate.lessons ? (
              <div className="process-timeline-lessons">
                <p className="weight-semibold">{t("timeline.lessons")}</p>
                <p className="process-lessons">{gate.lessons}</p>
              </div>
            ) : null}
            <p className="process-timeline-meta">
              {t("timeline.decidedBy", { name: gate.decidedBy ?? t("timeline.unknownPerson") })} ·{" "}
              <time dateTime={gate.decidedAt}>{formatDateTime(gate.decidedAt, language)}</time>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
