import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { GATE_DECISIONS, type GateDecision, type Phase, type ProcessStatus } from "../../../../domain/process/phases.js";
import { GateInput } from "../../../../domain/process/schemas.js";
import { translateMessage } from "../../../../domain/validation.js";
import { api, ApiError } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { nextPhase } from "../model/board.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import type { ProcessDetail } from "../model/types.js";
import { useFieldLabels } from "../model/use-field-labels.js";
import { RadioGroup } from "./radio-group.js";

const TARGETS = { decision: "gate-decision", rationale: "gate-rationale", lessons: "gate-lessons", phase: "gate-decision" };

/**
 * The decision at the current gate: go, adjust or stop, with a rationale; stop asks for lessons
 * learned. «Go» is disabled while the server lists blockers. A decision is final, so it is confirmed.
 */
export function GateForm({ process, onDecided }: { process: ProcessDetail; onDecided: (notice: string) => void }) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const language = currentLanguage();
  const [decision, setDecision] = useState<GateDecision | "">("");
  const [rationale, setRationale] = useState("");
  const [lessons, setLessons] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [body, setBody] = useState<GateInput | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const isGoBlocked = process.goBlockers.length > 0;
  const next = nextPhase(process.phase);

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWith(GateInput, { phase: process.phase, decision: decision === "" ? undefined : decision, rationale, lessons: decision === "stop" ? lessons : null }, language);
    const fields: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (decision === "") {
      fields.decision = translateMessage("required", language);
    }
    if (decision === "stop" && lessons.trim() === "") {
      fields.lessons = translateMessage("lessons_required", language);
    }
    if (!checked.ok || Object.keys(fields).length > 0) {
      show(fields);
      return;
    }
    setErrors({});
    setMessage(undefined);
    setBody(checked.body);
  };

  const noticeFor = (outcome: { phase: Phase; status: ProcessStatus; decision: GateDecision }) => {
    if (outcome.status === "stopped") {
      return t("gate.stoppedNotice");
    }
    if (outcome.status === "completed") {
      return t("gate.completedNotice");
    }
    return outcome.decision === "go" ? t("gate.goNotice", { phase: t(`phases.${outcome.phase}`) }) : t("gate.adjustNotice", { phase: t(`phases.${outcome.phase}`) });
  };

  const decide = async () => {
    if (!body) {
      return;
    }
    setIsSaving(true);
    try {
      const outcome = await api.post<{ phase: Phase; status: ProcessStatus; decision: GateDecision }>(`/api/processes/${process.id}/gates`, body);
      setBody(null);
      setDecision("");
      setRationale("");
      setLessons("");
      onDecided(noticeFor(outcome));
    } catch (error) {
      setBody(null);
      const failure = describeFailure(error, { forbidden: t("gate.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
      if (error instanceof ApiError && error.status === 409) {
        // Someone else decided, or the blockers changed: show the process as it is now.
        onDecided("");
      }
    } finally {
      setIsSaving(false);
    }
  };

  const options = GATE_DECISIONS.map((value) => ({
    value,
    label: t(`decisions.${value}`),
    hint: value === "go" ? (isGoBlocked ? t("gate.goBlockedHint") : next ? t("gate.goHint", { next: t(`phases.${next}`) }) : t("gate.goHintLast")) : t(`gate.${value}Hint`),
    isDisabled: value === "go" && isGoBlocked,
    describedById: value === "go" && isGoBlocked ? "go-blockers-heading go-blockers" : undefined,
  }));

  return (
    <>
      <form onSubmit={check} noValidate className="process-form gate-form">
        <h3 className="h4">{t("gate.formHeading")}</h3>
        <ErrorSummary ref={summary} items={labels.summary(errors, TARGETS)} message={message} />
        <RadioGroup id="gate-decision" name="gate-decision" legend={labels.of("decision")} options={options} value={decision} onChange={(value) => setDecision(value as GateDecision)} error={errors.decision ?? errors.phase} required />
        <TextareaField id="gate-rationale" label={labels.of("rationale")} hint={t("gate.rationaleHint")} value={rationale} onChange={setRationale} error={errors.rationale} maxLength={5000} rows={4} required />
        {decision === "stop" ? (
          <TextareaField id="gate-lessons" label={labels.of("lessons")} hint={t("gate.lessonsHint")} value={lessons} onChange={setLessons} error={errors.lessons} maxLength={10000} rows={5} required />
        ) : null}
        <div className="button-group form-actions">
          <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
            {isSaving ? t("form.saving") : t("gate.submit")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        isOpen={body !== null}
        title={body ? t(`gate.confirmTitle.${body.decision}`) : ""}
        confirmLabel={body ? t(`gate.confirmButton.${body.decision}`) : ""}
        isDanger={body?.decision === "stop"}
        isBusy={isSaving}
        onConfirm={() => void decide()}
        onCancel={() => setBody(null)}
      >
        <p>{body?.decision === "stop" ? t("gate.confirmStopText") : t("gate.confirmText")}</p>
      </ConfirmDialog>
    </>
  );
}
