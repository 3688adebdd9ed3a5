import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { apiRequest } from "../../../api/client.js";
import { isOverdue, taskBody, todayIso } from "../model/task-body.js";
import type { ProcessTask } from "../../../../domain/process/views.js";
import { DayText } from "./day-text.js";

/** Tasks as a table; «done» is a checkbox that saves at once. */
export function TaskTable({
  processId,
  tasks,
  caption,
  onChanged,
  onFailed,
  onEdit,
}: {
  processId: string;
  tasks: readonly ProcessTask[];
  caption: string;
  onChanged: (notice: string) => void;
  onFailed: (message: string) => void;
  onEdit: (task: ProcessTask) => void;
}) {
  const { t } = useTranslation("processes");
  const [busyId, setBusyId] = useState<string | null>(null);
  // The box follows the click at once; the entry goes when the reloaded task says the same.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  useEffect(() => {
    setPending((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([id, done]) => tasks.find((task) => task.id === id)?.done !== done),
      ),
    );
  }, [tasks]);
  const today = todayIso();
  const sorted = [...tasks].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") ||
      a.title.localeCompare(b.title, "da"),
  );

  const toggle = async (task: ProcessTask, done: boolean) => {
    setBusyId(task.id);
    setPending((current) => ({ ...current, [task.id]: done }));
    try {
      await apiRequest(`/api/processes/${processId}/tasks/${task.id}`, {
        method: "PUT",
        body: taskBody(task, { done }),
      });
      onChanged(done ? t("tasks.doneNotice", { title: task.title }) : t("tasks.reopenedNotice", { title: task.title }));
    } catch {
      setPending((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== task.id)));
      onFailed(t("tasks.toggleFailed", { title: task.title }));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="process-table-wrap">
      <table className="table table--zebra table--responsive-headers task-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tasks.colDone")}</th>
            <th scope="col">{t("tasks.colTitle")}</th>
            <th scope="col">{t("tasks.colKind")}</th>
            <th scope="col">{t("tasks.colOwner")}</th>
            <th scope="col">{t("tasks.colStarts")}</th>
            <th scope="col">{t("tasks.colDue")}</th>
            <th scope="col">
              <span className="sr-only">{t("tasks.colActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((task) => (
            <tr key={task.id} className={task.done ? "task-done" : undefined}>
              <td data-title={t("tasks.colDone")}>
                <div className="form-group-checkbox task-done-checkbox">
                  <input
                    id={`task-done-${task.id}`}
                    type="checkbox"
                    className="form-checkbox"
                    checked={pending[task.id] ?? task.done}
                    disabled={busyId === task.id}
                    onChange={(event) => void toggle(task, event.target.checked)}
                  />
                  <label htmlFor={`task-done-${task.id}`} className="form-label">
                    <span className="sr-only">{t("tasks.markDone", { title: task.title })}</span>
                  </label>
                </div>
              </td>
              <td data-title={t("tasks.colTitle")}>
                {task.title}
                {isOverdue(task, today) ? (
                  <>
                    {" "}
                    <span className="badge badge-warning">{t("tasks.overdue")}</span>
                  </>
                ) : null}
              </td>
              <td data-title={t("tasks.colKind")}>{t(`taskKinds.${task.kind}`)}</td>
              <td data-title={t("tasks.colOwner")}>
                {task.ownerName || <span className="text-muted">{t("tasks.noOwner")}</span>}
              </td>
              <td className="nowrap" data-title={t("tasks.colStarts")}>
                <DayText day={task.startsOn} />
              </td>
              <td className="nowrap" data-title={t("tasks.colDue")}>
                <DayText day={task.dueOn} />
              </td>
              <td className="table-actions-cell">
                <button type="button" className="function-link" onClick={() => onEdit(task)}>
                  {t("tasks.edit")}
                  <span className="sr-only">: {task.title}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
