import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AGREEMENT_ITEMS } from "../../../../domain/process/phases.js";
import { Alert } from "../../../components/alert.js";
import type { ProcessAgreement, ProcessDetail } from "../../../../domain/process/views.js";
import { AgreementDraftChooser } from "./agreement-draft-chooser.js";
import { AgreementItemCard } from "./agreement-item-card.js";
import { CollaborationModelInfo } from "./collaboration-model-info.js";
import { EqualTreatmentSummary } from "./equal-treatment-summary.js";

const isResolved = (agreement: ProcessAgreement | undefined) =>
  agreement?.status === "settled" || agreement?.status === "not_relevant";

/** The agreement checklist: the six items every OPI partnership settles before development starts. */
export function AgreementsPanel({ process, onChanged }: { process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation("processes");
  const [notice, setNotice] = useState("");
  const byItem = new Map(process.agreements.map((agreement) => [agreement.item, agreement]));
  const resolved = AGREEMENT_ITEMS.filter((item) => isResolved(byItem.get(item))).length;
  return (
    <>
      <p>{t("agreements.intro")}</p>
      <div className="process-model-box">
        <CollaborationModelInfo model={process.collaborationModel} />
      </div>
      <EqualTreatmentSummary processId={process.id} />
      <p className="agreements-progress weight-semibold">
        {t("agreements.progress", { resolved, total: AGREEMENT_ITEMS.length })}
      </p>
      {process.phase === "partnership" && process.status === "active" && resolved < AGREEMENT_ITEMS.length ? (
        <Alert variant="warning">
          <p>{t("agreements.blocksGo")}</p>
        </Alert>
      ) : null}
      <div role="status">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      {!process.canSteer ? <p className="form-hint">{t("agreements.onlySteering")}</p> : null}
      {process.canSteer && process.documents.length === 0 ? (
        <p className="form-hint">{t("agreements.noDocumentsHint")}</p>
      ) : null}
      <ul className="agreement-list no-max-width">
        {AGREEMENT_ITEMS.map((item) => (
          <li key={item}>
            <AgreementItemCard
              item={item}
              agreement={byItem.get(item)}
              process={process}
              onSaved={(text) => {
                setNotice(text);
                onChanged();
              }}
            />
          </li>
        ))}
      </ul>
      <AgreementDraftChooser processId={process.id} />
    </>
  );
}
