import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NEED_STATUSES, type NeedStatus, type NeedSummary } from "../../../../domain/needs.js";
import { api } from "../../../api/client.js";
import { BoardCard } from "./board-card.js";

/**
 * The needs as a board: one column per status, in the workflow's order. Moving a need saves its
 * new status, says so in a live region and keeps focus on the need in its new column.
 */
export function NeedBoard({
  items,
  statuses,
  onChanged,
}: {
  items: readonly NeedSummary[];
  statuses: readonly NeedStatus[];
  onChanged: () => void;
}) {
  const { t } = useTranslation("needs");
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** The need just moved: focus follows it once it shows up in its new column. */
  const [focusTarget, setFocusTarget] = useState<{ id: string; status: NeedStatus } | null>(null);
  const columns = statuses.length > 0 ? statuses : NEED_STATUSES;

  useEffect(() => {
    if (focusTarget && items.some((need) => need.id === focusTarget.id && need.status === focusTarget.status)) {
      document.getElementById(`board-card-${focusTarget.id}`)?.focus();
      setFocusTarget(null);
    }
  }, [items, focusTarget]);

  const move = async (need: NeedSummary, status: NeedStatus) => {
    setBusyId(need.id);
    try {
      await api.patch(`/api/needs/${need.id}`, { status });
      setAnnouncement(t("board.moved", { title: need.title, status: t(`status.${status}`) }));
      setFocusTarget({ id: need.id, status });
      onChanged();
    } catch {
      setAnnouncement(t("board.moveFailed", { title: need.title }));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <div className="needs-board" role="region" aria-label={t("board.label")} tabIndex={0}>
        {columns.map((status) => {
          const inColumn = items.filter((need) => need.status === status);
          return (
            <section key={status} className="board-column" aria-labelledby={`board-column-${status}`}>
              <h3 className="board-column-heading h5" id={`board-column-${status}`}>
                {t("board.column", { status: t(`status.${status}`), count: inColumn.length })}
              </h3>
              {inColumn.length === 0 ? (
                <p className="board-empty">{t("board.columnEmpty")}</p>
              ) : (
                <ul className="board-cards">
                  {inColumn.map((need) => (
                    <li key={need.id}>
                      <BoardCard need={need} isBusy={busyId === need.id} onMove={(target) => void move(need, target)} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
