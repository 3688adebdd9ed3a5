import { useTranslation } from "react-i18next";

/** A form's submit button («Gemmer …» while saving) and, when it can be left, «Annullér». */
export function FormActions({
  isSaving,
  submitLabel,
  savingLabel,
  onCancel,
}: {
  isSaving: boolean;
  submitLabel: string;
  savingLabel?: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-group form-actions">
      <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
        {isSaving ? (savingLabel ?? t("form.saving")) : submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      ) : null}
    </div>
  );
}
