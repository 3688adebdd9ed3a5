import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MatchDecision } from "../../../../domain/needs.js";
import { issuesToFields } from "../../../../domain/validation.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { describeFailure } from "../../../forms/form-check.js";
import { useFailureTexts } from "../../../forms/use-schema-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Decision } from "../../../../domain/matching-views.js";

export interface DecisionRequest {
  organisationId: string;
  name: string;
  decision: Decision;
  reason: string;
}

/**
 * Asks for the reason before a partner is shortlisted (optional) or dismissed (required), on the
 * native <dialog> as a DKFDS modal. The reason is checked with the server's own schema.
 */
export function DecisionDialog({
  request,
  onSave,
  onClose,
}: {
  request: DecisionRequest | null;
  onSave: (request: DecisionRequest) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const failureTexts = useFailureTexts();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const fieldId = "decision-reason";

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) {
      return;
    }
    if (request && !dialog.open) {
      setReason(request.reason);
      setError(undefined);
      dialog.showModal();
      document.getElementById(fieldId)?.focus();
    } else if (!request && dialog.open) {
      dialog.close();
    }
  }, [request]);

  const confirm = async () => {
    if (!request) {
      return;
    }
    const parsed = MatchDecision.safeParse({
      organisationId: request.organisationId,
      decision: request.decision,
      reason,
    });
    if (!parsed.success) {
      setError(issuesToFields(parsed.error.issues, currentLanguage()).reason ?? tc("errors.saveFailed"));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setIsSaving(true);
    try {
      await onSave({ ...request, reason: parsed.data.reason });
    } catch (failure) {
      const { fields, message } = describeFailure(failure, failureTexts, ["reason"]);
      setError(fields.reason ?? message);
      document.getElementById(fieldId)?.focus();
    } finally {
      setIsSaving(false);
    }
  };

  const isDismiss = request?.decision === "dismissed";
  const name = request?.name ?? "";
  return (
    <dialog
      ref={ref}
      className="fds-modal samspil-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        className="modal-content"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <div className="modal-header">
          <h2 className="modal-title" id={titleId}>
            {isDismiss ? t("decision.dismissTitle", { name }) : t("decision.shortlistTitle", { name })}
          </h2>
        </div>
        <div className="modal-body">
          <p>{isDismiss ? t("decision.dismissText") : t("decision.shortlistText")}</p>
          <TextareaField
            id={fieldId}
            label={isDismiss ? t("decision.reason") : t("decision.reasonOptional")}
            value={reason}
            onChange={setReason}
            error={error}
            rows={4}
            maxLength={1000}
            required={isDismiss}
          />
        </div>
        <div className="modal-footer">
          <button
            type="submit"
            className={isDismiss ? "button button-warning" : "button button-primary"}
            disabled={isSaving}
            aria-busy={isSaving || undefined}
          >
            {isSaving
              ? t("decision.saving")
              : isDismiss
                ? t("decision.confirmDismiss")
                : t("decision.confirmShortlist")}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {tc("common.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
