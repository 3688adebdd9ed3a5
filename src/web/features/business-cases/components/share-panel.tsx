import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { api } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { formatDate } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/**
 * Whether the company's side is shared with the public organisation. The company (and staff)
 * share and withdraw it here, after a confirmation; the server logs each change.
 */
export function SharePanel({
  businessCase,
  onChange,
}: {
  businessCase: BusinessCase;
  onChange: (updated: BusinessCase) => void;
}) {
  const { t } = useTranslation("businessCases");
  const [isAsking, setIsAsking] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [notice, setNotice] = useState<{ variant: "success" | "error"; text: string } | null>(null);
  const company = businessCase.companyOrganisation;
  if (!company) {
    return null;
  }
  const names = { public: businessCase.publicOrganisation.name, company: company.name };
  const sharedAt = businessCase.companySharedAt;
  const isShared = sharedAt !== null;
  const date = sharedAt ? formatDate(sharedAt, currentLanguage()) : "";

  if (!businessCase.access.canShareCompanySide) {
    return isShared ? (
      <div className="bc-share">
        <p>
          <Icon name="share" /> {t("share.publicShared", { company: company.name, date })}
        </p>
      </div>
    ) : null;
  }

  const change = async () => {
    setIsBusy(true);
    try {
      const updated = await api.post<BusinessCase>(
        `/api/business-cases/${businessCase.id}/${isShared ? "unshare" : "share"}-company-side`,
      );
      onChange(updated);
      setNotice({
        variant: "success",
        text: isShared ? t("share.unsharedNotice", names) : t("share.sharedNotice", names),
      });
    } catch {
      setNotice({ variant: "error", text: t("share.failed") });
    } finally {
      setIsBusy(false);
      setIsAsking(false);
    }
  };

  return (
    <section className="bc-share">
      <h2 id="share-heading" className="h5">
        <Icon name={isShared ? "share" : "lock"} /> {t("share.heading")}
      </h2>
      {notice ? (
        <Alert variant={notice.variant} live>
          <p>{notice.text}</p>
        </Alert>
      ) : null}
      <p>{isShared ? t("share.shared", { ...names, date }) : t("share.notShared", names)}</p>
      <button
        type="button"
        className={isShared ? "button button-secondary" : "button button-primary"}
        onClick={() => setIsAsking(true)}
      >
        {isShared ? t("share.unshare") : t("share.share", names)}
      </button>
      <ConfirmDialog
        isOpen={isAsking}
        title={isShared ? t("share.confirmUnshareTitle", names) : t("share.confirmShareTitle", names)}
        confirmLabel={isShared ? t("share.confirmUnshare") : t("share.confirmShare")}
        isDanger={isShared}
        isBusy={isBusy}
        onConfirm={() => void change()}
        onCancel={() => setIsAsking(false)}
      >
        <p>{isShared ? t("share.confirmUnshareText", names) : t("share.confirmShareText", names)}</p>
      </ConfirmDialog>
    </section>
  );
}
