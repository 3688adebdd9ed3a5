import { QrCode } from "../../../components/qr-code.js";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import { formatDate } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { IssuedLink as Issued } from "../../../../domain/assessment/views.js";

/** A personal link, shown this once (only its hash is stored): copy it now. Takes focus when it appears. */
export function IssuedLink({ issued, isRenewal, onDone }: { issued: Issued; isRenewal: boolean; onDone: () => void }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { respondent } = issued;

  useEffect(() => {
    heading.current?.focus();
  }, [issued.token]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.link);
      setCopied("copied");
    } catch {
      input.current?.select();
      setCopied("failed");
    }
  };

  return (
    <section className="issued-link" aria-labelledby="issued-link-heading">
      <h3 id="issued-link-heading" className="h4" tabIndex={-1} ref={heading}>
        {isRenewal ? t("link.renewedHeading", { name: respondent.name }) : t("link.heading", { name: respondent.name })}
      </h3>
      <Alert variant="warning" heading={t("link.onceHeading")}>
        <p>{t("link.onceText", { date: formatDate(respondent.expiresAt, language) })}</p>
      </Alert>
      <div className="form-group">
        <label className="form-label" htmlFor="issued-link-value">
          {t("link.label")}
        </label>
        <div className="issued-link-row">
          <input
            ref={input}
            id="issued-link-value"
            className="form-input issued-link-input"
            readOnly
            value={issued.link}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            <Icon name="copy" />
            {t("link.copy")}
          </button>
        </div>
        <p className="form-hint" role="status">
          {copied === "copied" ? t("link.copied") : copied === "failed" ? t("link.copyFailed") : ""}
        </p>
      </div>
      <QrCode text={issued.link} label={t("link.qrLabel", { name: respondent.name })} />
      <p>
        {issued.emailed && respondent.email ? t("link.emailed", { email: respondent.email }) : t("link.notEmailed")}
      </p>
      <button type="button" className="button button-tertiary" onClick={onDone}>
        {t("link.done")}
      </button>
    </section>
  );
}
