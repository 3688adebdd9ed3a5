import { useTranslation } from "react-i18next";
import {
  GATE_DECISIONS,
  type GateDecision,
  type Phase,
  type ProcessStatus,
} from "../../../../domain/process/phases.js";
import { GateInput } from "../../../../domain/process/schemas.js";
import { translateMessage } from "../../../../domain/validation.js";
import { api, ApiError } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith, type FieldErrors } from "../../../forms/form-check.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { nextPhase } from "../model/board.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { useFieldLabels } from "../model/use-field-labels.js";
import { RadioGroup } from "./radio-group.js";

const TARGETS = {
  decision: "gate-decision",
  rationale: "gate-rationale",
  lessons: "gate-lessons",
  phase: "gate-decision",
};
const EMPTY = { decision: "" as GateDecision | "", rationale: "", lessons: "" };

interface GateOutcome {
  phase: Phase;
  status: ProcessStatus;
  decision: GateDecision;
}

/**
 * The decision at the current gate: go, adjust or stop, with a rationale; stop asks for lessons
 * learned. «Go» is disabled while the server lists blockers. A decision is final, so it is confirmed.
 */
export function GateForm({ process, onDecided }: { process: ProcessDetail; onDecided: (notice: string) => void }) {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const isGoBlocked = process.goBlockers.length > 0;
  const next = nextPhase(process.phase);

  const noticeFor = (outcome: GateOutcome) => {
    if (outcome.status === "stopped") {
      return t("gate.stoppedNotice");
    }
    if (outcome.status === "completed") {
      return t("gate.completedNotice");
    }
    return outcome.decision === "go"
      ? t("gate.goNotice", { phase: t(`phases.${outcome.phase}`) })
      : t("gate.adjustNotice", { phase: t(`phases.${outcome.phase}`) });
  };

  const form = useSchemaForm({
    initial: EMPTY,
    check: ({ decision, rationale, lessons }, language) => {
      const checked = checkWith(
        GateInput,
        {
          phase: process.phase,
          decision: decision === "" ? undefined : decision,
          rationale,
          lessons: decision === "stop" ? lessons : null,
        },
        language,
      );
      const fields: FieldErrors = checked.ok ? {} : { ...checked.errors };
      if (decision === "") {
        fields.decision = translateMessage("required", language);
      }
      if (decision === "stop" && lessons.trim() === "") {
        fields.lessons = translateMessage("lessons_required", language);
      }
      return checked.ok && Object.keys(fields).length === 0 ? checked : { ok: false, errors: fields };
    },
    save: (body) => api.post<GateOutcome>(`/api/processes/${process.id}/gates`, body),
    isConfirmed: true,
    valuesAfterSave: () => EMPTY,
    onSaved: (outcome) => onDecided(noticeFor(outcome)),
    onFailed: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        // Someone else decided, or the blockers changed: show the process as it is now.
        onDecided("");
      }
    },
    texts: { ...labels.failureTexts, forbidden: t("gate.forbidden") },
  });
  const { values, errors, set, pending: body } = form;

  const options = GATE_DECISIONS.map((value) => ({
    value,
    label: t(`decisions.${value}`),
    hint:
      value === "go"
        ? isGoBlocked
          ? t("gate.goBlockedHint")
          : next
            ? t("gate.goHint", { next: t(`phases.${next}`) })
            : t("gate.goHintLast")
        : t(`gate.${value}Hint`),
    isDisabled: value === "go" && isGoBlocked,
    describedById: value === "go" && isGoBlocked ? "go-blockers-heading go-blockers" : undefined,
  }));

  return (
    <>
      <form onSubmit={form.submit} noValidate className="process-form gate-form">
        <h3 className="h4">{t("gate.formHeading")}</h3>
        <ErrorSummary ref={form.summaryRef} items={labels.summary(errors, TARGETS)} message={form.message} />
        <RadioGroup
          id="gate-decision"
          name="gate-decision"
          legend={labels.of("decision")}
          options={options}
          value={values.decision}
          onChange={(value) => set("decision")(value as GateDecision)}
          error={errors.decision ?? errors.phase}
          required
        />
        <TextareaField
          id="gate-rationale"
          label={labels.of("rationale")}
          hint={t("gate.rationaleHint")}
          value={values.rationale}
          onChange={set("rationale")}
          error={errors.rationale}
          maxLength={5000}
          rows={4}
          required
        />
        {values.decision === "stop" ? (
          <TextareaField
            id="gate-lessons"
            label={labels.of("lessons")}
            hint={t("gate.lessonsHint")}
            value={values.lessons}
            onChange={set("lessons")}
            error={errors.lessons}
            maxLength={10000}
            rows={5}
            required
          />
        ) : null}
        <div className="button-group form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={form.isSaving}
            aria-busy={form.isSaving || undefined}
          >
            {form.isSaving ? t("form.saving") : t("gate.submit")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        isOpen={body !== null}
        title={body ? t(`gate.confirmTitle.${body.decision}`) : ""}
        confirmLabel={body ? t(`gate.confirmButton.${body.decision}`) : ""}
        isDanger={body?.decision === "stop"}
        isBusy={form.isSaving}
        onConfirm={form.confirm}
        onCancel={form.cancel}
      >
        <p>{body?.decision === "stop" ? t("gate.confirmStopText") : t("gate.confirmText")}</p>
      </ConfirmDialog>
    </>
  );
}
