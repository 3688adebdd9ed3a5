import type { TFunction } from "i18next";
import { useState, type FormEvent } from "react";
import { useLocation, useParams, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { SIDES, sideOfOrganisationKind, type Side } from "../../../../domain/seminars/constants.js";
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
import { OrganisationTypeahead, type TypedOrganisation } from "../components/organisation-typeahead.js";
import { StaffPanel } from "../components/staff-panel.js";
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

/** What an invitation link prefills (GET /api/seminar-invitations/:token). */
interface InvitationLanding {
  seminarId: string;
  name: string;
  email: string;
  side: Side;
  status: "sent" | "accepted" | "declined";
}

function RegistrationForm({
  seminar,
  onDone,
  invitation,
}: {
  seminar: SeminarDetail;
  onDone: () => void;
  /** Registering through an invitation link: name, e-mail and side come from it (the side is fixed). */
  invitation?: InvitationLanding & { token: string };
}) {
  const { t, i18n } = useTranslation("seminars");
  const { me } = useAuth();
  const [name, setName] = useState(invitation?.name ?? "");
  const [email, setEmail] = useState(invitation?.email ?? "");
  const [side, setSide] = useState<Side | "">(invitation?.side ?? "");
  const [organisation, setOrganisation] = useState<TypedOrganisation>({ name: "", id: null });
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
      organisationId: organisation.id ?? undefined,
      organisationName: organisation.id ? undefined : organisation.name.trim() || undefined,
      consentToList: consent,
      language,
      invitationToken: invitation?.token,
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
          <p>
            {me.organisationName
              ? t("member.asWithOrganisation", { name: me.name, organisation: me.organisationName })
              : t("member.as", { name: me.name })}
          </p>
          {questions}
          <div className="form-group form-group-checkbox seminar-consent-group">
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
            className="button button-primary seminar-submit"
            disabled={isBusy}
            onClick={() => void send({ consentToList: consent, language, invitationToken: invitation?.token })}
          >
            {me.organisationName ? t("form.oneClick") : t("form.oneClickPlain")}
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
          {invitation ? (
            <p>{t("invited.sideFixed", { side: t(`sides.${invitation.side}`) })}</p>
          ) : (
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
          )}
          <OrganisationTypeahead
            id="seminar-organisation"
            label={t("form.organisation")}
            value={organisation}
            onChange={setOrganisation}
            onPick={(item) => {
              if (!invitation) {
                setSide(sideOfOrganisationKind(item.kind));
              }
            }}
          />
          {questions}
          <div className="form-group form-group-checkbox seminar-consent-group">
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
          <button type="submit" className="button button-primary seminar-submit" disabled={isBusy}>
            {t("form.submit")}
          </button>
        </form>
      )}
    </section>
  );
}

/** The invitation in the link (`?invitation=` from the invitation mail), and declining it. */
function useInvitation(seminarId: string) {
  const [searchParams] = useSearchParams();
  const token = searchParams.get("invitation");
  const landing = useApi<InvitationLanding>(token ? `/api/seminar-invitations/${encodeURIComponent(token)}` : null);
  const [declined, setDeclined] = useState(false);
  const data = landing.data?.seminarId === seminarId ? landing.data : undefined;
  const isUnknown = landing.error instanceof ApiError && landing.error.status === 404;
  const decline = async () => {
    await api.post(`/api/seminar-invitations/${encodeURIComponent(token ?? "")}/decline`);
    setDeclined(true);
  };
  return {
    invitation: token && data ? { ...data, token } : undefined,
    isUnknown: Boolean(token) && (isUnknown || (landing.data !== undefined && !data)),
    declined: declined || data?.status === "declined",
    justDeclined: declined,
    decline,
  };
}

function InvitationBox({
  invitation,
  isOpen,
  declined,
  justDeclined,
  onDecline,
}: {
  invitation: InvitationLanding;
  isOpen: boolean;
  declined: boolean;
  justDeclined: boolean;
  onDecline: () => void;
}) {
  const { t } = useTranslation("seminars");
  if (justDeclined) {
    return (
      <Alert variant="info" live>
        <p>{t("invited.declined")}</p>
      </Alert>
    );
  }
  return (
    <Alert variant="info" heading={t("invited.heading")}>
      <p>{t("invited.for", { name: invitation.name, side: t(`sides.${invitation.side}`) })}</p>
      {declined ? <p>{t("invited.alreadyDeclined")}</p> : isOpen ? <p>{t("invited.register")}</p> : null}
      {!declined && invitation.status === "sent" ? (
        <p>
          <button type="button" className="button button-secondary" onClick={onDecline}>
            {t("invited.decline")}
          </button>
        </p>
      ) : null}
    </Alert>
  );
}

/** Public: one seminar with its agenda and the registration form; staff also see its state and actions. */
export function SeminarDetailPage() {
  const { t } = useTranslation("seminars");
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const { me } = useAuth();
  const { id = "" } = useParams();
  const location = useLocation();
  const arrivedWith = (location.state as { notice?: "created" | "saved" } | null)?.notice;
  const seminar = useApi<SeminarDetail>(me === undefined ? null : `/api/seminars/${id}`);
  const data = seminar.data?.id === id ? seminar.data : undefined;
  const invited = useInvitation(id);
  const [declineError, setDeclineError] = useState<string | null>(null);
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
      {arrivedWith === "saved" || (arrivedWith === "created" && data?.status === "draft") ? (
        <Alert variant="success" live>
          <p>{t(arrivedWith === "created" ? "plan.created" : "plan.saved")}</p>
        </Alert>
      ) : null}
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
          </p>
          {data.canManage ? <StaffPanel seminar={data} onChanged={seminar.reload} /> : null}
          {data.description ? <p className="seminar-description">{data.description}</p> : null}
          <PlacesList places={data.places} />
          {data.agenda.length > 0 ? (
            <>
              <h2>{t("detail.agendaHeading")}</h2>
              <ol className="seminar-agenda nobullet-list">
                {data.agenda.map((item) => (
                  <li key={`${item.startsAt}-${item.title}`}>
                    <strong className="seminar-agenda-time">
                      {t("detail.agendaTime", {
                        from: formatTime(item.startsAt, language),
                        to: formatTime(
                          new Date(Date.parse(item.startsAt) + item.durationMinutes * 60_000).toISOString(),
                          language,
                        ),
                      })}
                    </strong>{" "}
                    {item.title}
                    {item.speaker ? <span className="text-muted"> – {item.speaker}</span> : null}
                    {item.isPitchSlot ? (
                      <span className="badge badge-info seminar-pitch">{t("detail.pitch")}</span>
                    ) : null}
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
          {invited.isUnknown ? (
            <Alert variant="warning">
              <p>{t("invited.unknown")}</p>
            </Alert>
          ) : null}
          {declineError ? (
            <Alert variant="error" live>
              <p>{declineError}</p>
            </Alert>
          ) : null}
          {invited.invitation ? (
            <InvitationBox
              invitation={invited.invitation}
              isOpen={isOpen}
              declined={invited.declined}
              justDeclined={invited.justDeclined}
              onDecline={() => void invited.decline().catch((caught: unknown) => setDeclineError(errorText(caught)))}
            />
          ) : null}
          {data.myRegistration ? (
            <Alert variant="info">
              <p>{t(`status.${data.myRegistration.status}`, { position: data.myRegistration.waitlistPosition })}</p>
            </Alert>
          ) : isOpen ? (
            invited.justDeclined ? null : (
              <RegistrationForm
                // The invitation arrives after the form may have shown: a fresh form takes its name and e-mail.
                key={invited.invitation ? "invited" : "open"}
                seminar={data}
                onDone={seminar.reload}
                invitation={invited.invitation?.status === "accepted" ? undefined : invited.invitation}
              />
            )
          ) : (
            <p className="text-muted">{t("detail.closed")}</p>
          )}
        </>
      ) : null}
    </>
  );
}
