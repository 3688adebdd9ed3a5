import { useTranslation } from "react-i18next";

/** A label text with a visible asterisk and a spoken "required" for required fields. */
export function LabelText({ label, required }: { label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {label}
      {required ? (
        <>
          <span aria-hidden="true" className="required-mark">
            {" "}
            *
          </span>
          <span className="sr-only"> ({t("form.required")})</span>
        </>
      ) : null}
    </>
  );
}
