import { useId, useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { NEED_STATUSES, type NeedStatus, type NeedSummary } from "../../../../domain/needs.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { formatNumber } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { PriorityBadge } from "./priority-badge.js";

/** One need on the board; a select and a button move it to another status (keyboard and mouse alike). */
export function BoardCard({
  need,
  isBusy,
  onMove,
}: {
  need: NeedSummary;
  isBusy: boolean;
  onMove: (status: NeedStatus) => void;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const [target, setTarget] = useState<NeedStatus>(need.status);
  const selectId = useId();
  const language = currentLanguage();
  return (
    <article className="board-card" aria-labelledby={`board-card-${need.id}`}>
      <h4 className="board-card-title">
        <Link to={`/behov/${need.id}`} id={`board-card-${need.id}`}>
          {need.title}
        </Link>
      </h4>
      <p className="board-card-meta">
        {need.ownerName}
        <br />
        {careAreaLabel(tc, need.careArea)}
        {need.staffHoursPerYear !== null ? (
          <>
            <br />
            {t("board.hours", { hours: formatNumber(need.staffHoursPerYear, language) })}
          </>
        ) : null}
      </p>
      <p className="board-card-badges">
        <PriorityBadge priority={need.priority} />
      </p>
      <div className="board-card-move">
        <label htmlFor={selectId} className="sr-only">
          {t("board.moveLabel", { title: need.title })}
        </label>
        <select
          id={selectId}
          className="form-select"
          value={target}
          onChange={(event) => setTarget(event.target.value as NeedStatus)}
        >
          {NEED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary"
          disabled={isBusy || target === need.status}
          aria-busy={isBusy || undefined}
          onClick={() => onMove(target)}
        >
          {t("board.move")}
          <span className="sr-only"> «{need.title}»</span>
        </button>
      </div>
    </article>
  );
}
