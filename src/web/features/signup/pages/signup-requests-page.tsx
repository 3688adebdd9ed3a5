import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { ItemList } from "../../../../domain/list-views.js";
import { SignupRejection, type SignupRequestView } from "../../../../domain/signup.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDateTime } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/** Agents and the programme manager approve or reject the people who signed up for an organisation. */
export function SignupRequestsPage() {
  const { t } = useTranslation("signup");
  const pending = useApi<ItemList<SignupRequestView>>("/api/signup-requests");
  const decided = useApi<ItemList<SignupRequestView>>("/api/signup-requests?status=decided");
  const [notice, setNotice] = useState<string | null>(null);
  const language = currentLanguage();

  const onDecided = (text: string) => {
    setNotice(text);
    pending.reload();
    decided.reload();
    document.getElementById("requests-heading")?.focus();
  };

  return (
    <>
      <PageHeading title={t("requests.title")} />
      <p className="font-lead">{t("requests.intro")}</p>
      <div aria-live="polite">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      <h2 className="h3" id="requests-heading" tabIndex={-1}>
        {t("requests.pendingHeading")}
        {pending.data ? ` (${pending.data.items.length})` : ""}
      </h2>
      {pending.error ? <ErrorState error={pending.error} onRetry={pending.reload} /> : null}
      {!pending.data && !pending.error ? <Loading /> : null}
      {pending.data && pending.data.items.length === 0 ? <p className="empty-state">{t("requests.none")}</p> : null}
      {pending.data && pending.data.items.length > 0 ? (
        <ul className="nobullet-list signup-requests">
          {pending.data.items.map((request) => (
            <li key={request.id}>
              <PendingRequest request={request} onDecided={onDecided} />
            </li>
          ))}
        </ul>
      ) : null}
      <h2 className="h3 mt-8">{t("requests.decidedHeading")}</h2>
      {decided.data && decided.data.items.length === 0 ? (
        <p className="empty-state">{t("requests.noneDecided")}</p>
      ) : null}
      {decided.data && decided.data.items.length > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("requests.decidedHeading")}>
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t("requests.person")}</th>
                <th scope="col">{t("requests.organisation")}</th>
                <th scope="col">{t("requests.decision")}</th>
                <th scope="col">{t("requests.decidedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {decided.data.items.map((request) => (
                <tr key={request.id}>
                  <td>{request.name}</td>
                  <td>{request.organisation?.name ?? request.organisationName}</td>
                  <td>
                    {t(`status.${request.status}`)}
                    {request.reason ? `: ${request.reason}` : ""}
                  </td>
                  <td>
                    {request.decidedAt ? formatDateTime(request.decidedAt, language) : ""}
                    {request.decidedBy ? `, ${request.decidedBy}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function PendingRequest({ request, onDecided }: { request: SignupRequestView; onDecided: (text: string) => void }) {
  const { t } = useTranslation("signup");
  const language = currentLanguage();
  const [isRejecting, setRejecting] = useState(false);
  const [isApproving, setApproving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const organisation = request.organisation;
  const organisationName = organisation?.name ?? request.organisationName;
  const headingId = `request-${request.id}`;
  const reject = useSchemaForm({
    initial: { reason: "" },
    check: (values, lang) => checkWith(SignupRejection, values, lang),
    save: (body) => api.post(`/api/signup-requests/${request.id}/reject`, body),
    onSaved: () => onDecided(t("requests.rejected", { name: request.name, organisation: organisationName })),
    fields: ["reason"],
  });

  const approve = () => {
    setApproving(true);
    setFailure(null);
    api
      .post(`/api/signup-requests/${request.id}/approve`)
      .then(() => onDecided(t("requests.approved", { name: request.name, organisation: organisationName })))
      .catch(() => {
        setFailure(t("requests.failed"));
        setApproving(false);
      });
  };

  return (
    <article className="card signup-request" aria-labelledby={headingId}>
      <div className="card-content">
        <h3 className="h4" id={headingId}>
          {t("requests.cardTitle", { name: request.name, organisation: organisationName })}
        </h3>
        <dl className="signup-facts">
          <dt>{t("requests.email")}</dt>
          <dd>{request.email}</dd>
          <dt>{t("requests.cvr")}</dt>
          <dd>{request.cvr}</dd>
          <dt>{t("requests.organisation")}</dt>
          <dd>
            {organisation ? <Link to={`/organisationer/${organisation.id}`}>{organisation.name}</Link> : null}
            {organisation ? ` (${t(`kinds.${organisation.kind}`, { defaultValue: organisation.kind })})` : null}
            {organisation && !organisation.verified ? ` · ${t("requests.unverified")}` : ""}
          </dd>
          {organisation && organisation.name !== request.organisationName ? (
            <>
              <dt>{t("requests.givenName")}</dt>
              <dd>{request.organisationName}</dd>
            </>
          ) : null}
          <dt>{t("requests.confirmedAt")}</dt>
          <dd>{request.confirmedAt ? formatDateTime(request.confirmedAt, language) : ""}</dd>
        </dl>
        {request.warnings.length > 0 ? (
          <Alert variant="warning" heading={t("requests.checkHeading")}>
            <ul>
              {request.warnings.map((warning) => (
                <li key={warning}>{t(`warnings.${warning}`)}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {failure ? (
          <Alert variant="error" live>
            <p>{failure}</p>
          </Alert>
        ) : null}
        {isRejecting ? (
          <form onSubmit={reject.submit} noValidate>
            <ErrorSummary
              ref={reject.summaryRef}
              items={
                reject.errors.reason
                  ? [{ target: `reason-${request.id}`, label: t("requests.reason"), message: reject.errors.reason }]
                  : []
              }
              message={reject.message}
            />
            <TextareaField
              id={`reason-${request.id}`}
              label={t("requests.reason")}
              hint={t("requests.reasonHint")}
              value={reject.values.reason}
              onChange={reject.set("reason")}
              error={reject.errors.reason}
              rows={3}
              required
            />
            <div className="signup-actions">
              <button type="submit" className="button button-primary" disabled={reject.isSaving}>
                {t("requests.confirmReject")}
              </button>
              <button type="button" className="button button-tertiary" onClick={() => setRejecting(false)}>
                {t("requests.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <div className="signup-actions">
            <button type="button" className="button button-primary" onClick={approve} disabled={isApproving}>
              {t("requests.approve")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setRejecting(true)}>
              {t("requests.reject")}
            </button>
          </div>
        )}
      </div>
    </article>
  );
}
