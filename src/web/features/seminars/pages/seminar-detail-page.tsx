import type { TFunction } from "i18next";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { SIDES, type Side } from "../../../../domain/seminars/schemas.js";
import type { RegistrationResult, SeminarDetail } from "../../../../domain/seminars/views.js";
import { api, ApiError } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useAuth } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { answerErrors, type Answers } from "../components/answer-fields.js";
import { RegistrationQuestions } from "../components/registration-questions.js";
import { errorText, formatSpan, formatTime, PlacesList, useLanguage } from "../shared.js";

function resultText(t: TFunction<"seminars">, result: RegistrationResult): string {
  if (result.alreadyRegistered) {
    return t("form.already");
  }
  if (result.confirmationSent) {
    return result.status === "waitlisted"
      ? `${t("form.waitlisted", { position: result.waitlistPosition })} ${t("form.checkMail")}`
      : t("form.checkMail");
  }
  return result.status === "waitlisted"
    ? t("form.waitlisted", { position: result.waitlistPosition })
    : t("form.registered");
}

function RegistrationForm({ seminar, onDone }: { seminar: SeminarDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation("seminars");
  const { me } = useAuth();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [side, setSide] = useState<Side | "">("");
  const [organisationName, setOrganisationName] = useState("");
  const [consent, setConsent] = useState(false);
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [questionErrors, setQuestionErrors] = useState<Record<string, string>>({});
  const language = i18n.resolvedLanguage === "en" ? "en" : "da";
  const questions = (
    <RegistrationQuestions seminarId={seminar.id} answers={answers} errors={questionErrors} onChange={setAnswers} />
  );

  const send = async (body: object) => {
    setIsBusy(true);
    setError(null);
    setQuestionErrors({});
    try {
      setResult(await api.post<RegistrationResult>(`/api/seminars/${seminar.id}/registrations`, { ...body, answers }));
      onDone();
    } catch (caught) {
      setQuestionErrors(caught instanceof ApiError ? answerErrors(caught.fields) : {});
      setError(errorText(caught));
    } finally {
      setIsBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({
      name,
      email,
      side: side || undefined,
      organisationName: organisationName || undefined,
      consentToList: consent,
      language,
    });
  };

  if (result) {
    return (
      <Alert variant={result.status === "waitlisted" ? "info" : "success"} live>
        <p>{resultText(t, result)}</p>
      </Alert>
    );
  }
  return (
    <section aria-labelledby="registration-heading">
      <h2 id="registration-heading">{t("form.heading")}</h2>
      {error ? (
        <Alert variant="error" live>
          <p>{error}</p>
        </Alert>
      ) : null}
      {me ? (
        <>
          {questions}
          <div className="form-group form-group-checkbox">
            <input
              type="checkbox"
              id="seminar-consent"
              className="form-checkbox"
              checked={consent}
              onChange={(event) => setConsent(event.target.checked)}
            />
            <label htmlFor="seminar-consent" className="form-label">
              {t("form.consent")}
            </label>
          </div>
          <button
            type="button"
            className="button button-primary"
            disabled={isBusy}
            onClick={() => void send({ consentToList: consent, language })}
          >
            {t("form.oneClick")}
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate={false}>
          <div className="form-group">
            <label className="form-label" htmlFor="seminar-name">
              {t("form.name")}
            </label>
            <input
              id="seminar-name"
              className="form-input"
              required
              autoComplete="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="seminar-email">
              {t("form.email")}
            </label>
            <input
              id="seminar-email"
              type="email"
              className="form-input"
              required
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <fieldset className="form-group">
            <legend className="form-label">{t("form.side")}</legend>
            <div>
              {SIDES.map((value) => (
                <div className="form-group-radio" key={value}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={`seminar-side-${value}`}
                    name="side"
                    value={value}
                    required
                    checked={side === value}
                    onChange={() => setSide(value)}
                  />
                  <label htmlFor={`seminar-side-${value}`} className="form-label">
                    {t(`sides.${value}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="form-group">
            <label className="form-label" htmlFor="seminar-organisation">
              {t("form.organisation")}
            </label>
            <input
              id="seminar-organisation"
              className="form-input"
              autoComplete="organization"
              value={organisationName}
              onChange={(event) => setOrganisationName(event.target.value)}
            />
          </div>
          {questions}
          <div className="form-group form-group-checkbox">
            <input
              type="checkbox"
              id="seminar-consent"
              className="form-checkbox"
              checked={consent}
              onChange={(event) => setConsent(event.target.checked)}
            />
            <label htmlFor="seminar-consent" className="form-label">
              {t("form.consent")}
            </label>
          </div>
          <button type="submit" className="button button-primary" disabled={isBusy}>
            {t("form.submit")}
          </button>
        </form>
      )}
    </section>
  );
}

/** Public: one seminar with its agenda and the registration form. */
export function SeminarDetailPage() {
  const { t } = useTranslation("seminars");
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const { me } = useAuth();
  const { id = "" } = useParams();
  const seminar = useApi<SeminarDetail>(me === undefined ? null : `/api/seminars/${id}`);
  const data = seminar.data?.id === id ? seminar.data : undefined;
  const now = Date.now();
  const isOpen =
    data !== undefined &&
    data.status === "published" &&
    Date.parse(data.registrationOpensAt) <= now &&
    now < Date.parse(data.registrationClosesAt);

  return (
    <>
      <BackLink to="/seminarer" label={t("detail.back")} />
      <PageHeading title={data ? data.title : t("list.title")} />
      {!data && seminar.isLoading ? <Loading /> : null}
      {!data && seminar.error ? <ErrorState error={seminar.error} onRetry={seminar.reload} /> : null}
      {data ? (
        <>
          <dl className="seminar-facts">
            <dt>{t("detail.when")}</dt>
            <dd>{formatSpan(data.startsAt, data.endsAt, language)}</dd>
            <dt>{t("detail.where")}</dt>
            <dd>{[data.placeAddress, data.isOnline ? t("list.online") : ""].filter(Boolean).join(" · ")}</dd>
            {data.onlineUrl ? (
              <>
                <dt>{t("detail.onlineLink")}</dt>
                <dd>
                  <a href={data.onlineUrl}>{data.onlineUrl}</a>
                </dd>
              </>
            ) : null}
            {data.careAreas.length > 0 ? (
              <>
                <dt>{t("detail.theme")}</dt>
                <dd>{data.careAreas.map((area) => careAreaLabel(tCommon, area)).join(", ")}</dd>
              </>
            ) : null}
          </dl>
          <p>
            <a href={`/api/seminars/${data.id}/ical`} download>
              {t("detail.ical")}
            </a>
            {data.canManage ? (
              <>
                {" · "}
                <Link to={`/seminarer/${data.id}/deltagere`}>{t("detail.staffLink")}</Link>
              </>
            ) : null}
          </p>
          {data.description ? <p className="seminar-description">{data.description}</p> : null}
          <PlacesList places={data.places} />
          {data.agenda.length > 0 ? (
            <>
              <h2>{t("detail.agendaHeading")}</h2>
              <ol className="seminar-agenda nobullet-list">
                {data.agenda.map((item) => (
                  <li key={`${item.startsAt}-${item.title}`}>
                    <strong>{formatTime(item.startsAt, language)}</strong> {item.title}
                    {item.speaker ? <span className="text-muted"> – {item.speaker}</span> : null}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {data.participants.length > 0 ? (
            <>
              <h2>{t("detail.participantsHeading")}</h2>
              <ul>
                {data.participants.map((person, index) => (
                  <li key={index}>
                    {person.name}
                    {person.organisationName ? `, ${person.organisationName}` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {data.myRegistration ? (
            <Alert variant="info">
              <p>{t(`status.${data.myRegistration.status}`, { position: data.myRegistration.waitlistPosition })}</p>
            </Alert>
          ) : isOpen ? (
            <RegistrationForm seminar={data} onDone={seminar.reload} />
          ) : (
            <p className="text-muted">{t("detail.closed")}</p>
          )}
        </>
      ) : null}
    </>
  );
}
