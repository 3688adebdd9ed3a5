import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IMPLEMENTATION_KINDS } from "../../../../domain/process/schemas.js";
import { Alert } from "../../../components/alert.js";
import type { ProcessDetail, ProcessTask, TaskKind } from "../../../../domain/process/views.js";
import { TaskForm } from "./task-form.js";
import { TaskTable } from "./task-table.js";

type Section = "work" | "plan";
const WORK_KINDS: readonly TaskKind[] = ["task", "milestone"];
const isImplementation = (task: ProcessTask) => (IMPLEMENTATION_KINDS as readonly string[]).includes(task.kind);

/**
 * Tasks and milestones, and the implementation plan (training, instruction material, maintenance,
 * follow-up) as its own list. Every participant works here; owners are reminded before the due date.
 */
export function TasksPanel({ process, onChanged }: { process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation("processes");
  const [notice, setNotice] = useState<{ section: Section; variant: "success" | "error"; text: string } | null>(null);
  const [editing, setEditing] = useState<ProcessTask | null>(null);
  const work = process.tasks.filter((task) => !isImplementation(task));
  const plan = process.tasks.filter(isImplementation);

  const section = (key: Section, tasks: ProcessTask[], kinds: readonly TaskKind[]) => {
    const isEditingHere = editing !== null && kinds.includes(editing.kind);
    // Leaving the edit form, focus goes to the list's heading instead of being lost with the form.
    const closeEditing = () => {
      if (isEditingHere) {
        setEditing(null);
        window.requestAnimationFrame(() => document.getElementById(`tasks-${key}-heading`)?.focus());
      }
    };
    const changed = (text: string) => {
      setNotice({ section: key, variant: "success", text });
      closeEditing();
      onChanged();
    };
    const failed = (text: string) => setNotice({ section: key, variant: "error", text });
    const here = notice?.section === key ? notice : null;
    return (
      <section className="task-section" aria-labelledby={`tasks-${key}-heading`}>
        <h3 id={`tasks-${key}-heading`} tabIndex={-1} className="process-focus-heading">
          {t(`tasks.${key}Heading`)}
        </h3>
        <p>{t(`tasks.${key}Intro`)}</p>
        {tasks.length > 0 ? (
          <TaskTable
            processId={process.id}
            tasks={tasks}
            caption={t(`tasks.${key}Caption`)}
            onChanged={changed}
            onFailed={failed}
            onEdit={setEditing}
          />
        ) : (
          <div className="empty-state">
            <p>{t(`tasks.${key}Empty`)}</p>
          </div>
        )}
        <div role="status">
          {here?.variant === "success" ? (
            <Alert variant="success">
              <p>{here.text}</p>
            </Alert>
          ) : null}
        </div>
        <div role="alert">
          {here?.variant === "error" ? (
            <Alert variant="error">
              <p>{here.text}</p>
            </Alert>
          ) : null}
        </div>
        {isEditingHere ? (
          <TaskForm
            key={editing.id}
            processId={process.id}
            kinds={kinds}
            people={process.people}
            task={editing}
            heading={t("tasks.editHeading", { title: editing.title })}
            onSaved={changed}
            onCancel={closeEditing}
          />
        ) : (
          <details className="details process-add-details" open={tasks.length === 0}>
            <summary className="details-summary">{t(`tasks.${key}AddHeading`)}</summary>
            <div className="details-text">
              <TaskForm
                key={`new-${key}`}
                processId={process.id}
                kinds={kinds}
                people={process.people}
                task={null}
                onSaved={changed}
              />
            </div>
          </details>
        )}
      </section>
    );
  };

  return (
    <>
      <p>{t("tasks.intro")}</p>
      {section("work", work, WORK_KINDS)}
      {section("plan", plan, IMPLEMENTATION_KINDS)}
    </>
  );
}
