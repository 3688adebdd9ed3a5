import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { TaskInput } from "../../../../domain/process/schemas.js";
import { api, apiRequest } from "../../../api/client.js";
import { useMe } from "../../../auth/auth-context.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import type { ProcessPerson, ProcessTask, TaskKind } from "../../../../domain/process/views.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const OTHER = "other";

/** The people grouped by organisation, the signed-in user first; agents and the programme manager last. */
function groupPeople(
  people: ProcessPerson[],
  meId: string,
  staffLabel: string,
): { label: string; people: ProcessPerson[] }[] {
  const groups = new Map<string, ProcessPerson[]>();
  for (const person of people) {
    if (person.id === meId) {
      continue;
    }
    const label = person.organisationName ?? staffLabel;
    groups.set(label, [...(groups.get(label) ?? []), person]);
  }
  const staff = groups.get(staffLabel);
  groups.delete(staffLabel);
  return [...groups.entries(), ...(staff ? [[staffLabel, staff] as const] : [])].map(([label, members]) => ({
    label,
    people: members,
  }));
}

/**
 * Adds or changes a task. The owner is a person of the process (who then gets the reminders) or
 * a name written in for someone without an account; without an owner the participants are reminded.
 */
export function TaskForm({
  processId,
  kinds,
  people,
  task,
  heading,
  onSaved,
  onCancel,
}: {
  processId: string;
  kinds: readonly TaskKind[];
  /** Who may own the task: the process's people, as the server lists them. */
  people: ProcessPerson[];
  task: ProcessTask | null;
  /** Shown (and focused) when editing; adding happens under a details summary that names the form. */
  heading?: string;
  onSaved: (notice: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation("processes");
  const me = useMe();
  const labels = useFieldLabels();
  const prefix = `task-${kinds[0]}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = {
    kind: `${prefix}-kind`,
    title: `${prefix}-title`,
    ownerUserId: `${prefix}-owner`,
    ownerText: `${prefix}-owner-text`,
    startsOn: `${prefix}-starts`,
    dueOn: `${prefix}-due`,
  };
  const form = useSchemaForm({
    initial: {
      kind: task?.kind ?? kinds[0],
      title: task?.title ?? "",
      // A user id, or «other» for a name written in.
      owner: task?.ownerUserId ?? OTHER,
      ownerText: task && !task.ownerUserId ? (task.ownerName ?? "") : "",
      startsOn: task?.startsOn ?? "",
      dueOn: task?.dueOn ?? "",
    },
    check: (values, language) =>
      checkWith(
        TaskInput,
        {
          kind: values.kind,
          title: values.title,
          ownerUserId: values.owner === OTHER ? null : values.owner,
          ownerText: values.owner === OTHER ? values.ownerText : "",
          startsOn: values.startsOn === "" ? null : values.startsOn,
          dueOn: values.dueOn === "" ? null : values.dueOn,
          done: task?.done ?? false,
        },
        language,
      ),
    save: (body) =>
      task
        ? apiRequest(`/api/processes/${processId}/tasks/${task.id}`, { method: "PUT", body })
        : api.post(`/api/processes/${processId}/tasks`, body),
    valuesAfterSave: (values) => ({ ...values, title: "", ownerText: "", startsOn: "", dueOn: "" }),
    onSaved: (_, body) =>
      onSaved(task ? t("tasks.savedNotice", { title: body.title }) : t("tasks.addedNotice", { title: body.title })),
    texts: labels.failureTexts,
  });
  const { values, errors, set } = form;

  useEffect(() => {
    if (task) {
      headingRef.current?.focus();
    }
  }, [task]);

  return (
    <form onSubmit={form.submit} noValidate className="process-form process-subform">
      {heading ? (
        <h4 className="h5" tabIndex={-1} ref={headingRef}>
          {heading}
        </h4>
      ) : null}
      <ErrorSummary ref={form.summaryRef} items={labels.summary(errors, ids)} message={form.message} />
      <div className="process-form-grid">
        <SelectField
          id={ids.kind}
          label={t("tasks.kindLabel")}
          value={values.kind}
          onChange={(value) => set("kind")(value as TaskKind)}
          error={errors.kind}
        >
          {kinds.map((value) => (
            <option key={value} value={value}>
              {t(`taskKinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.title}
          label={labels.of("title")}
          value={values.title}
          onChange={set("title")}
          error={errors.title}
          maxLength={300}
          required
        />
        <SelectField
          id={ids.ownerUserId}
          label={t("tasks.ownerLabel")}
          hint={t("tasks.ownerHint")}
          value={values.owner}
          onChange={set("owner")}
          error={errors.ownerUserId}
        >
          <option value={OTHER}>{t("tasks.ownerOther")}</option>
          <option value={me.id}>{t("tasks.ownerMe", { name: me.name })}</option>
          {task?.ownerUserId &&
          task.ownerUserId !== me.id &&
          !people.some((person) => person.id === task.ownerUserId) ? (
            <option value={task.ownerUserId}>{t("tasks.ownerFormer", { name: task.ownerName ?? "" })}</option>
          ) : null}
          {groupPeople(people, me.id, t("tasks.ownerStaff")).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        {values.owner !== OTHER ? null : (
          <TextField
            id={ids.ownerText}
            label={labels.of("ownerText")}
            hint={t("tasks.ownerTextHint")}
            value={values.ownerText}
            onChange={set("ownerText")}
            error={errors.ownerText}
            maxLength={200}
          />
        )}
        <TextField
          id={ids.startsOn}
          type="date"
          label={labels.of("startsOn")}
          value={values.startsOn}
          onChange={set("startsOn")}
          error={errors.startsOn}
          widthClass="input-width-s"
        />
        <TextField
          id={ids.dueOn}
          type="date"
          label={labels.of("dueOn")}
          hint={t("tasks.dueHint")}
          value={values.dueOn}
          onChange={set("dueOn")}
          error={errors.dueOn}
          widthClass="input-width-s"
        />
      </div>
      <div className="button-group">
        <button
          type="submit"
          className="button button-primary"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {form.isSaving ? t("form.saving") : task ? t("form.save") : t("tasks.add")}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("form.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
