import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  AGREEMENT_MODELS,
  COLLABORATION_PURPOSES,
  PUBLIC_PAYMENTS,
  recommendAgreementModel,
  type AgreementModel,
  type CollaborationPurpose,
  type PublicPayment,
} from "../../../../domain/process/agreement-model.js";
import { Alert } from "../../../components/alert.js";
import { RadioGroup } from "./radio-group.js";

/**
 * The short chooser of the collaboration model and the download of a draft agreement. The recommendation and
 * its reasons come from the domain rule; the user may still pick another model for the draft.
 */
export function AgreementDraftChooser({ processId }: { processId: string }) {
  const { t } = useTranslation("processes");
  const [purpose, setPurpose] = useState("");
  const [purchase, setPurchase] = useState("");
  const [payment, setPayment] = useState("");
  const [chosen, setChosen] = useState<AgreementModel | "">("");
  const isAnswered = purpose !== "" && purchase !== "" && payment !== "";
  const recommendation = isAnswered
    ? recommendAgreementModel({
        purpose: purpose as CollaborationPurpose,
        expectsLaterPurchase: purchase === "yes",
        publicPayment: payment as PublicPayment,
      })
    : null;
  const model = chosen || recommendation?.model || "";
  const answer = (set: (value: string) => void) => (value: string) => {
    set(value);
    setChosen("");
  };
  return (
    <section className="agreement-draft" aria-labelledby="agreement-draft-heading">
      <h3 id="agreement-draft-heading">{t("agreementDraft.heading")}</h3>
      <p>{t("agreementDraft.intro")}</p>
      <RadioGroup
        id="draft-purpose"
        name="draft-purpose"
        legend={t("agreementDraft.purposeLegend")}
        options={COLLABORATION_PURPOSES.map((value) => ({ value, label: t(`agreementDraft.purpose.${value}`) }))}
        value={purpose}
        onChange={answer(setPurpose)}
      />
      <RadioGroup
        id="draft-purchase"
        name="draft-purchase"
        legend={t("agreementDraft.purchaseLegend")}
        options={[
          { value: "yes", label: t("agreementDraft.yes") },
          { value: "no", label: t("agreementDraft.no") },
        ]}
        value={purchase}
        onChange={answer(setPurchase)}
      />
      <RadioGroup
        id="draft-payment"
        name="draft-payment"
        legend={t("agreementDraft.paymentLegend")}
        hint={t("agreementDraft.paymentHint")}
        options={PUBLIC_PAYMENTS.map((value) => ({ value, label: t(`agreementDraft.payment.${value}`) }))}
        value={payment}
        onChange={answer(setPayment)}
      />
      <div aria-live="polite" className="agreement-draft-recommendation">
        {recommendation ? (
          <Alert
            variant="info"
            heading={t("agreementDraft.recommendationHeading", {
              model: t(`agreementDraft.models.${recommendation.model}`),
            })}
          >
            <p className="weight-semibold mb-0">{t("agreementDraft.why")}</p>
            <ul>
              {recommendation.reasons.map((reason) => (
                <li key={reason}>{t(`agreementDraft.reasons.${reason}`)}</li>
              ))}
            </ul>
            <p className="weight-semibold mb-0">{t("agreementDraft.mindThis")}</p>
            <ul>
              {recommendation.cautions.map((caution) => (
                <li key={caution}>{t(`agreementDraft.cautions.${caution}`)}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <p className="form-hint">{t("agreementDraft.answerAll")}</p>
        )}
      </div>
      {recommendation ? (
        <>
          <RadioGroup
            id="draft-model"
            name="draft-model"
            legend={t("agreementDraft.modelLegend")}
            hint={t("agreementDraft.modelHint")}
            options={AGREEMENT_MODELS.map((value) => ({ value, label: t(`agreementDraft.models.${value}`) }))}
            value={model}
            onChange={(value) => setChosen(value as AgreementModel)}
          />
          <p>
            <a
              className="button button-primary"
              href={`/api/processes/${processId}/agreement.docx?model=${model}`}
              download
              aria-describedby="agreement-draft-download-hint"
            >
              {t("agreementDraft.download")}
            </a>
          </p>
          <p className="form-hint" id="agreement-draft-download-hint">
            {t("agreementDraft.downloadHint")}
          </p>
        </>
      ) : null}
    </section>
  );
}
