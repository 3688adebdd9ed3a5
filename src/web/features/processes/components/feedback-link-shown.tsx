import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import { QrCode } from "../../../components/qr-code.js";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { CreatedFeedbackLink } from "../../../../domain/process/views.js";

/** The new link, shown this once: it cannot be looked up again, only a new one made. */
export function FeedbackLinkShown({ link }: { link: CreatedFeedbackLink }) {
  const { t } = useTranslation("processes");
  const [copied, setCopied] = useState<"" | "yes" | "no">("");
  const inputId = `feedback-link-${link.id}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.link);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <Alert
      variant="success"
      heading={t("feedback.createdHeading", { audience: t(`feedback.audiences.${link.audience}`) })}
    >
      <p>{t("feedback.createdText", { date: formatDate(link.expiresAt, currentLanguage()) })}</p>
      <div className="form-group feedback-link-copy">
        <label className="form-label" htmlFor={inputId}>
          {t("feedback.linkLabel")}
        </label>
        <div className="feedback-link-row">
          <input
            id={inputId}
            className="form-input"
            type="text"
            readOnly
            value={link.link}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t("feedback.copy")}
          </button>
        </div>
      </div>
      <p className="feedback-copy-status">
        {copied === "yes" ? t("feedback.copied") : copied === "no" ? t("feedback.copyFailed") : ""}
      </p>
      <QrCode
        text={link.link}
        label={t("feedback.qrLabel", { audience: t(`feedback.audiences.${link.audience}`).toLocaleLowerCase() })}
      />
      <p className="form-hint feedback-qr-hint">{t("feedback.qrHint")}</p>
    </Alert>
  );
}
