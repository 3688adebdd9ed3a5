import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TaskInput } from "../../../../domain/process/schemas.js";
import { api, apiRequest } from "../../../api/client.js";
import { useMe } from "../../../auth/auth-context.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import type { ProcessTask, TaskKind } from "../model/types.js";
import { useFieldLabels } from "../model/use-field-labels.js";

/**
 * Adds or changes a task. The owner is either the signed-in user (who then gets the reminders)
 * or a name written in; without an owner the process's participants are reminded.
 */
export function TaskForm({
  processId,
  kinds,
  task,
  heading,
  onSaved,
  onCancel,
}: {
  processId: string;
  kinds: readonly TaskKind[];
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
  const [kind, setKind] = useState<TaskKind>(task?.kind ?? kinds[0]);
  const [title, setTitle] = useState(task?.title ?? "");
  // «keep»: a task owned by another user keeps that owner unless changed here.
  const [owner, setOwner] = useState<"me" | "other" | "keep">(task?.ownerUserId ? (task.ownerUserId === me.id ? "me" : "keep") : "other");
  const [ownerText, setOwnerText] = useState(task && !task.ownerUserId ? (task.ownerName ?? "") : "");
  const [startsOn, setStartsOn] = useState(task?.startsOn ?? "");
  const [dueOn, setDueOn] = useState(task?.dueOn ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { kind: `${prefix}-kind`, title: `${prefix}-title`, ownerUserId: `${prefix}-owner`, ownerText: `${prefix}-owner-text`, startsOn: `${prefix}-starts`, dueOn: `${prefix}-due` };

  useEffect(() => {
    if (task) {
      headingRef.current?.focus();
    }
  }, [task]);

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      kind,
      title,
      ownerUserId: owner === "me" ? me.id : owner === "keep" ? (task?.ownerUserId ?? null) : null,
      ownerText: owner === "other" ? ownerText : "",
      startsOn: startsOn === "" ? null : startsOn,
      dueOn: dueOn === "" ? null : dueOn,
      done: task?.done ?? false,
    };
    const checked = checkWith(TaskInput, candidate, currentLanguage());
    if (!checked.ok) {
      show(checked.errors);
      return;
    }
    setIsSaving(true);
    try {
      if (task) {
        await apiRequest(`/api/processes/${processId}/tasks/${task.id}`, { method: "PUT", body: checked.body });
      } else {
        await api.post(`/api/processes/${processId}/tasks`, checked.body);
      }
      setTitle("");
      setOwnerText("");
      setStartsOn("");
      setDueOn("");
      setErrors({});
      setMessage(undefined);
      onSaved(task ? t("tasks.savedNotice", { title: checked.body.title }) : t("tasks.addedNotice", { title: checked.body.title }));
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="process-form process-subform">
      {heading ? (
        <h4 className="h5" tabIndex={-1} ref={headingRef}>
          {heading}
        </h4>
      ) : null}
      <ErrorSummary ref={summary} items={labels.summary(errors, ids)} message={message} />
      <div className="process-form-grid">
        <SelectField id={ids.kind} label={t("tasks.kindLabel")} value={kind} onChange={(value) => setKind(value as TaskKind)} error={errors.kind}>
          {kinds.map((value) => (
            <option key={value} value={value}>
              {t(`taskKinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField id={ids.title} label={labels.of("title")} value={title} onChange={setTitle} error={errors.title} maxLength={300} required />
        <SelectField id={ids.ownerUserId} label={t("tasks.ownerLabel")} hint={t("tasks.ownerHint")} value={owner} onChange={(value) => setOwner(value === "me" ? "me" : value === "keep" ? "keep" : "other")} error={errors.ownerUserId}>
          <option value="other">{t("tasks.ownerOther")}</option>
          <option value="me">{t("tasks.ownerMe", { name: me.name })}</option>
          {task?.ownerUserId && task.ownerUserId !== me.id ? <option value="keep">{task.ownerName ?? t("tasks.ownerKeep")}</option> : null}
        </SelectField>
        {owner !== "other" ? null : <TextField id={ids.ownerText} label={labels.of("ownerText")} hint={t("tasks.ownerTextHint")} value={ownerText} onChange={setOwnerText} error={errors.ownerText} maxLength={200} />}
        <TextField id={ids.startsOn} type="date" label={labels.of("startsOn")} value={startsOn} onChange={setStartsOn} error={errors.startsOn} widthClass="input-width-s" />
        <TextField id={ids.dueOn} type="date" label={labels.of("dueOn")} hint={t("tasks.dueHint")} value={dueOn} onChange={setDueOn} error={errors.dueOn} widthClass="input-width-s" />
      </div>
      <div className="button-group">
        <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t("form.saving") : task ? t("form.save") : t("tasks.add")}
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
