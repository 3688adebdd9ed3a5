import { useTranslation } from "react-i18next";
import { PHASES, type Phase } from "../../../../domain/process/phases.js";
import { formatDate } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { groupByStage, phaseNumber } from "../model/board.js";
import { closingGates } from "../model/gate-order.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";

type StepState = "done" | "current" | "stopped" | "completed" | "upcoming" | "notReached";

function stepState(process: ProcessDetail, phase: Phase): StepState {
  const here = PHASES.indexOf(phase);
  const current = PHASES.indexOf(process.phase);
  if (here < current) {
    return "done";
  }
  if (here > current) {
    return process.status === "active" ? "upcoming" : "notReached";
  }
  return process.status === "stopped" ? "stopped" : process.status === "completed" ? "completed" : "current";
}

const isHere = (state: StepState) => state === "current" || state === "stopped" || state === "completed";

/**
 * The seven phases as a DKFDS step indicator, grouped under the OPIguide's five stages. Each
 * step says in words where the process stands (done with the date, current, stopped, upcoming).
 */
export function PhaseStepper({ process }: { process: ProcessDetail }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const closing = closingGates(process.gates);
  return (
    <ol className="process-stepper no-max-width">
      {groupByStage([]).map((stage) => (
        <li key={stage.stage} className="process-stepper-stage">
          <p className="step-subheading">
            {t("overview.stageLabel", { number: stage.number, stage: t(`stages.${stage.stage}`) })}
          </p>
          <ol className="step-indicator">
            {stage.phases.map(({ phase }) => {
              const state = stepState(process, phase);
              const gate = closing.get(phase);
              const information =
                state === "done" && gate
                  ? t("overview.stepDone", { date: formatDate(gate.decidedAt, language) })
                  : state === "done"
                    ? t("overview.stepDoneUndated")
                    : t(`overview.step_${state}`);
              return (
                <li
                  key={phase}
                  className={isHere(state) ? `current process-step-${state}` : `process-step-${state}`}
                  aria-current={isHere(state) ? "step" : undefined}
                >
                  <div className="step">
                    {state === "done" || state === "completed" ? (
                      <span className="step-icon">
                        <Icon name="check" />
                      </span>
                    ) : (
                      <span className="step-number">
                        <span>{phaseNumber(phase)}</span>
                      </span>
                    )}
                    <div>
                      <span className="step-title">{t(`phases.${phase}`)}</span>
                      <span className="step-information">{information}</span>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
