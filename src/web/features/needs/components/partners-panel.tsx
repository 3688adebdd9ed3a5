import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import type { PartnerRanking, RankedPartner } from "../../../../domain/matching-views.js";
import { DecisionDialog, type DecisionRequest } from "./decision-dialog.js";
import { PartnerCard } from "./partner-card.js";

/** The need's ranked partners; agents shortlist or dismiss them with a reason. */
export function PartnersPanel({
  needId,
  needCareArea,
  canDecide,
  onDecided,
}: {
  needId: string;
  needCareArea: string;
  canDecide: boolean;
  /** The first shortlisted partner moves a new or qualified need to «matched». */
  onDecided: () => void;
}) {
  const { t } = useTranslation("needs");
  const partners = useApi<PartnerRanking>(`/api/needs/${needId}/partners`);
  const [request, setRequest] = useState<DecisionRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (focusId && !partners.isLoading) {
      document.getElementById(`partner-${focusId}`)?.focus();
      setFocusId(null);
    }
  }, [focusId, partners.isLoading]);

  const save = async (decided: DecisionRequest) => {
    await api.post(`/api/needs/${needId}/shortlist`, {
      organisationId: decided.organisationId,
      decision: decided.decision,
      reason: decided.reason,
    });
    setRequest(null);
    setNotice(
      decided.decision === "shortlisted"
        ? t("partners.shortlistedNotice", { name: decided.name })
        : t("partners.dismissedNotice", { name: decided.name }),
    );
    setFocusId(decided.organisationId);
    partners.reload();
    onDecided();
  };

  const items = partners.data?.items;
  const institutions = partners.data?.knowledgeInstitutions;
  const network = partners.data?.network ?? null;
  const clusters = partners.data?.clusters;
  const decide = (partner: RankedPartner) => (decision: DecisionRequest["decision"]) =>
    setRequest({ organisationId: partner.organisationId, name: partner.name, decision, reason: "" });
  const card = (headingPrefix: string) => (partner: RankedPartner, index: number) => (
    <PartnerCard
      partner={partner}
      rank={index + 1}
      needCareArea={needCareArea}
      canDecide={canDecide}
      headingPrefix={headingPrefix}
      onDecide={decide(partner)}
    />
  );
  return (
    <>
      <h2 className="h3 mt-0">{t("partners.heading")}</h2>
      <p>{t("partners.intro")}</p>
      {!canDecide ? <p className="form-hint">{t("partners.forbiddenNote")}</p> : null}
      <div aria-live="polite">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      {partners.data?.notice === "too_little_text" ? (
        <Alert variant="warning">
          <p>{t("partners.tooLittleText")}</p>
        </Alert>
      ) : null}
      {partners.error ? <ErrorState error={partners.error} onRetry={partners.reload} /> : null}
      {partners.isLoading && !items ? <Loading label={t("partners.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("partners.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ol className="partner-list" aria-label={t("partners.listLabel")}>
          {items.map((partner, index) => (
            <li key={partner.organisationId}>
              <PartnerCard
                partner={partner}
                rank={index + 1}
                needCareArea={needCareArea}
                canDecide={canDecide}
                onDecide={decide(partner)}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {institutions ? (
        <PartnerSection
          id="knowledge"
          heading={t("partners.knowledgeHeading")}
          intro={t("partners.knowledgeIntro")}
          empty={t("partners.knowledgeEmpty")}
          listLabel={t("partners.knowledgeListLabel")}
          partners={institutions}
          card={card("knowledge")}
        />
      ) : null}
      {network !== null && clusters ? (
        <PartnerSection
          id="cluster"
          heading={t("partners.clustersHeading")}
          intro={
            network === "co_owners"
              ? t("partners.clustersIntro_co_owners")
              : t("partners.clustersIntro_network_process")
          }
          empty={t("partners.clustersEmpty")}
          listLabel={t("partners.clustersListLabel")}
          partners={clusters}
          card={card("cluster")}
        />
      ) : null}
      <DecisionDialog request={request} onSave={save} onClose={() => setRequest(null)} />
    </>
  );
}

/** A separate ranked list beside the partners (knowledge institutions, clusters), with its own heading. */
function PartnerSection({
  id,
  heading,
  intro,
  empty,
  listLabel,
  partners,
  card,
}: {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  listLabel: string;
  partners: RankedPartner[];
  card: (partner: RankedPartner, index: number) => ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-partners-heading`}>
      <h2 className="h3" id={`${id}-partners-heading`}>
        {heading}
      </h2>
      <p>{intro}</p>
      {partners.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ol className="partner-list" aria-label={listLabel}>
          {partners.map((partner, index) => (
            <li key={partner.organisationId}>{card(partner, index)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
