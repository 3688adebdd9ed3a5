import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import { nextPhase } from "../model/board.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { GateForm } from "./gate-form.js";
import { GoBlockers } from "./go-blockers.js";

/** The gate at the end of the current phase: what blocks «go», and the decision form for those who steer. */
export function GatePanel({ process, onChanged }: { process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation("processes");
  const [notice, setNotice] = useState("");
  const next = nextPhase(process.phase);

  return (
    <>
      <div role="status">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      {process.status === "stopped" ? (
        <Alert variant="info" heading={t("gate.closedStoppedHeading")}>
          <p>{t("gate.closedStoppedText")}</p>
          {process.lessonsLearned ? (
            <>
              <p className="weight-semibold">{t("timeline.lessons")}</p>
              <p className="process-lessons">{process.lessonsLearned}</p>
            </>
          ) : null}
        </Alert>
      ) : null}
      {process.status === "completed" ? (
        <Alert variant="success" heading={t("gate.closedCompletedHeading")}>
          <p>{t("gate.closedCompletedText")}</p>
        </Alert>
      ) : null}
      {process.status === "active" ? (
        <>
          <h3 className="h4 mt-0">{t("gate.currentHeading", { phase: t(`phases.${process.phase}`) })}</h3>
          <p>{next ? t("gate.intro", { next: t(`phases.${next}`) }) : t("gate.introLast")}</p>
          <GoBlockers id="go-blockers" processId={process.id} blockers={process.goBlockers} />
          {process.goBlockers.length === 0 ? (
            <Alert variant="success">
              <p>{t("gate.goPossible")}</p>
            </Alert>
          ) : null}
          {process.canSteer ? (
            <GateForm
              process={process}
              onDecided={(text) => {
                setNotice(text);
                onChanged();
              }}
            />
          ) : (
            <Alert variant="info">
              <p>{t("gate.onlySteering")}</p>
            </Alert>
          )}
        </>
      ) : null}
    </>
  );
}
