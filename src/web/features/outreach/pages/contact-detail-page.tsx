import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { OutreachContact } from "../../../../domain/outreach/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";

export function ContactDetailPage() {
  const { t } = useTranslation("outreach");
  const { id } = useParams();
  const { data, error, isLoading, reload } = useApi<OutreachContact>(`/api/outreach/${id ?? ""}`);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const setDone = async (done: boolean) => {
    setIsBusy(true);
    setFailure(null);
    try {
      await api.patch(`/api/outreach/${id ?? ""}`, { followUpDone: done });
      reload();
    } catch {
      setFailure(t("saveFailed"));
    } finally {
      setIsBusy(false);
    }
  };

  if (error) {
    return <ErrorState error={error} onRetry={reload} />;
  }
  if (isLoading && !data) {
    return <Loading />;
  }
  if (!data) {
    return null;
  }
  return (
    <>
      <PageHeading title={t("detailTitle", { kind: t(`kinds.${data.kind}`), date: data.occurredOn })} />
      {failure ? (
        <Alert variant="error" live>
          <p>{failure}</p>
        </Alert>
      ) : null}
      <dl className="outreach-facts">
        <dt>{t("fields.organisation")}</dt>
        <dd>
          <ul className="nobullet-list">
            {data.organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={`/organisationer/${organisation.id}`}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t("fields.participants")}</dt>
        <dd>{data.participants || "–"}</dd>
        <dt>{t("fields.notes")}</dt>
        <dd className="pre-line">{data.notes || "–"}</dd>
        <dt>{t("fields.followUpOn")}</dt>
        <dd>
          {data.followUpOn
            ? data.followUpDone
              ? t("followUpDone", { date: data.followUpOn })
              : t("followUpOn", { date: data.followUpOn })
            : t("noFollowUp")}
        </dd>
        {data.recordedBy ? (
          <>
            <dt>{t("recordedBy")}</dt>
            <dd>{data.recordedBy.name}</dd>
          </>
        ) : null}
      </dl>
      {data.followUpOn ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={isBusy}
          onClick={() => void setDone(!data.followUpDone)}
        >
          {data.followUpDone ? t("reopen") : t("markDone")}
        </button>
      ) : null}
      <p>
        <Link to="/kontaktlog">{t("backToLog")}</Link>
      </p>
    </>
  );
}
