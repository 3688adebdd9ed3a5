import { useTranslation } from "react-i18next";
import { phaseNumber } from "../model/board.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { StatusBadge } from "./status-badge.js";

/** Under the h1: status, kind, stage and phase at a glance. */
export function ProcessHeader({ process }: { process: ProcessDetail }) {
  const { t } = useTranslation("processes");
  return (
    <p className="process-header-badges">
      <StatusBadge status={process.status} />
      <span className="badge">{t(`kinds.${process.kind}`)}</span>
      <span className="process-header-phase">
        {t("detail.where", {
          stage: t(`stages.${process.opiGuideStage}`),
          phase: t("board.phaseHeading", { number: phaseNumber(process.phase), phase: t(`phases.${process.phase}`) }),
        })}
      </span>
    </p>
  );
}
