import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { useAuth } from "../../../auth/auth-context.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import type { OpenCallDetail } from "../../../../domain/calls-views.js";
import { BidderDialogue } from "../components/bidder-dialogue.js";
import { CallFacts } from "../components/call-facts.js";
import { CallLoginPrompt } from "../components/call-login-prompt.js";
import { CompanyOfferSection } from "../components/company-offer-section.js";
import { ManagerSections } from "../components/manager-sections.js";
import { useOwnOrganisation } from "../use-own-organisation.js";

/**
 * Public: anyone can read the call. A member of a company or a knowledge institution answers it; the
 * institution, the agents and the programme manager see the offers and the market dialogue and close it.
 * The server decides who manages (`canManage`), so offers are never asked for on behalf of another bidder.
 */
export function CallDetailPage() {
  const { t } = useTranslation("needs");
  const { me } = useAuth();
  const own = useOwnOrganisation();
  const { id = "" } = useParams();
  // Wait for the session check, so a signed-in manager's first answer already includes the offer count.
  const call = useApi<OpenCallDetail>(me === undefined ? null : `/api/calls/${id}`);
  const data = call.data?.id === id ? call.data : undefined;

  return (
    <>
      <BackLink to="/opslag" label={t("callDetail.backToList")} />
      <PageHeading title={data ? data.title : t("callDetail.title")} />
      {!data && (call.isLoading || me === undefined) ? <Loading /> : null}
      {!data && call.error ? <ErrorState error={call.error} onRetry={call.reload} thing="call" /> : null}
      {data ? (
        <>
          <CallFacts call={data} />
          <h2 className="h3">{t("callDetail.descriptionHeading")}</h2>
          <p className="needs-description">{data.description}</p>
          {data.canManage ? (
            <p>
              <Link to={`/behov/${data.needId}`}>{t("callDetail.toNeed")}</Link>
            </p>
          ) : null}
          {me === null && data.isOpenForOffers ? <CallLoginPrompt callId={data.id} /> : null}
          {me === null && !data.isOpenForOffers ? (
            <p className="text-muted">
              {data.status === "closed" ? t("callDetail.closedNote") : t("callDetail.deadlineNote")}
            </p>
          ) : null}
          {me && data.canManage ? <ManagerSections call={data} onChanged={call.reload} /> : null}
          {me && !data.canManage && own.canAnswerCalls ? (
            <CompanyOfferSection call={data} onChanged={call.reload} />
          ) : null}
          {me && !data.canManage && own.canAnswerCalls ? <BidderDialogue callId={data.id} /> : null}
          {me && !data.canManage && own.isKnown && !own.canAnswerCalls && me.organisationId ? (
            <p className="text-muted">{t("callDetail.onlyCompanies")}</p>
          ) : null}
          {me && me.role === "member" && !me.organisationId ? (
            <p className="text-muted">{t("callDetail.awaitingApproval")}</p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
