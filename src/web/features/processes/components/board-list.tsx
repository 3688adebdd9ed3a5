import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PHASES } from "../../../../domain/process/phases.js";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { organisationsWithRoles, phaseNumber } from "../model/board.js";
import type { ProcessSummary } from "../../../../domain/process/views.js";
import { StatusBadge } from "./status-badge.js";

/** The board as a table, in phase order: for small screens and for reading row by row. */
export function BoardList({ items }: { items: readonly ProcessSummary[] }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const sorted = [...items].sort(
    (a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.title.localeCompare(b.title, "da"),
  );
  return (
    <div className="process-table-wrap">
      <table className="table table--zebra table--responsive-headers process-list-table">
        <caption className="sr-only">{t("board.listCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("board.colTitle")}</th>
            <th scope="col">{t("board.colPhase")}</th>
            <th scope="col">{t("board.colKind")}</th>
            <th scope="col">{t("board.colParticipants")}</th>
            <th scope="col">{t("board.colStatus")}</th>
            <th scope="col">{t("board.colUpdated")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => (
            <tr key={item.id}>
              <td data-title={t("board.colTitle")}>
                <Link to={`/forloeb/${item.id}`}>{item.title}</Link>
              </td>
              <td data-title={t("board.colPhase")}>
                {t("board.phaseHeading", { number: phaseNumber(item.phase), phase: t(`phases.${item.phase}`) })}
                <span className="process-list-stage">{t(`stages.${item.opiGuideStage}`)}</span>
              </td>
              <td data-title={t("board.colKind")}>{t(`kinds.${item.kind}`)}</td>
              <td data-title={t("board.colParticipants")}>
                {organisationsWithRoles(item.participants)
                  .map((organisation) => organisation.name)
                  .join(", ")}
              </td>
              <td data-title={t("board.colStatus")}>
                <StatusBadge status={item.status} />
              </td>
              <td className="nowrap" data-title={t("board.colUpdated")}>
                {formatDate(item.updatedAt, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
