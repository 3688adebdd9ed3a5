import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { PersonalRegistration } from "../../../../domain/seminars/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { errorText, formatSpan, useLanguage } from "../shared.js";

/** Public: the personal link from the mail — status, confirm, accept an offered place, cancel. */
export function RegistrationPage() {
  const { t } = useTranslation("seminars");
  const language = useLanguage();
  const { token = "" } = useParams();
  const registration = useApi<PersonalRegistration>(`/api/seminar-registrations/${token}`);
  const data = registration.data;
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isAsking, setIsAsking] = useState(false);

  const act = async (action: "confirm" | "accept" | "cancel") => {
    setIsBusy(true);
    setError(null);
    try {
      await api.post(`/api/seminar-registrations/${token}/${action}`);
      registration.reload();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setIsBusy(false);
      setIsAsking(false);
    }
  };
  const holds = data ? ["registered", "offered", "waitlisted"].includes(data.status) : false;

  return (
    <>
      <PageHeading title={t("personal.title")} />
      {!data && registration.isLoading ? <Loading /> : null}
      {!data && registration.error ? <ErrorState error={registration.error} onRetry={registration.reload} /> : null}
      {error ? (
        <Alert variant="error" live>
          <p>{error}</p>
        </Alert>
      ) : null}
      {data ? (
        <>
          <h2>{data.seminar.title}</h2>
          <p>
            {formatSpan(data.seminar.startsAt, data.seminar.endsAt, language)}
            {data.seminar.placeAddress ? <br /> : null}
            {data.seminar.placeAddress}
          </p>
          <Alert variant={data.status === "registered" ? "success" : "info"} live>
            <p className="seminar-status">{t(`status.${data.status}`, { position: data.waitlistPosition })}</p>
            <p>{data.confirmed ? t("personal.confirmed") : t("personal.notConfirmed")}</p>
            {data.status === "offered" && data.offerExpiresAt ? (
              <p>
                {t("personal.offerUntil", { time: formatSpan(data.offerExpiresAt, data.offerExpiresAt, language) })}
              </p>
            ) : null}
          </Alert>
          {data.onlineUrl ? (
            <p>
              <a href={data.onlineUrl}>{data.onlineUrl}</a>
            </p>
          ) : null}
          <div className="seminar-actions">
            {!data.confirmed && holds ? (
              <button
                type="button"
                className="button button-primary"
                disabled={isBusy}
                onClick={() => void act("confirm")}
              >
                {t("personal.confirm")}
              </button>
            ) : null}
            {data.status === "offered" ? (
              <button
                type="button"
                className="button button-primary"
                disabled={isBusy}
                onClick={() => void act("accept")}
              >
                {t("personal.accept")}
              </button>
            ) : null}
            {holds ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={isBusy}
                onClick={() => setIsAsking(true)}
              >
                {t("personal.cancel")}
              </button>
            ) : null}
          </div>
          <p>
            <Link to={`/seminarer/${data.seminar.id}`}>{t("personal.toSeminar")}</Link>
          </p>
          <ConfirmDialog
            isOpen={isAsking}
            title={t("personal.cancelQuestion")}
            confirmLabel={t("personal.cancelYes")}
            cancelLabel={t("personal.cancelNo")}
            isDanger
            isBusy={isBusy}
            onConfirm={() => void act("cancel")}
            onCancel={() => setIsAsking(false)}
          >
            <p>{data.seminar.title}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}
