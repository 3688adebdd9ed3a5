import { useTranslation } from "react-i18next";

/** The DKFDS error text under a label; "Fejl:" is read out before it. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) {
    return null;
  }
  return (
    <span className="form-error-message" id={id}>
      <span className="sr-only">{t("form.errorPrefix")} </span>
      {message}
    </span>
  );
}

export function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) {
    return null;
  }
  return (
    <span className="form-hint" id={id}>
      {hint}
    </span>
  );
}
