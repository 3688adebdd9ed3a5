import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { CARE_AREAS, type CareArea } from "../../../../domain/care-areas.js";
import { SIDES, type Side } from "../../../../domain/seminars/schemas.js";
import type { OutcomeRow, RegistrationRow, SeminarDetail, SeminarReport } from "../../../../domain/seminars/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SurveyResults } from "../components/survey-results.js";
import { errorText } from "../shared.js";

const PRESENT_STATES = ["registered", "offered", "attended", "no_show"];

function IdeaToNeed({
  seminarId,
  outcome,
  owners,
  careAreas,
  onDone,
  onError,
}: {
  seminarId: string;
  outcome: OutcomeRow;
  owners: { id: string; name: string }[];
  careAreas: CareArea[];
  onDone: () => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation("seminars");
  const { t: tCommon } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [owner, setOwner] = useState(owners[0]?.id ?? "");
  const [careArea, setCareArea] = useState<CareArea>(careAreas[0] ?? "elder_care");
  const [title, setTitle] = useState(outcome.text.slice(0, 200));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api.post(`/api/seminars/${seminarId}/outcomes/${outcome.id}/need`, {
        ownerOrganisationId: owner,
        careArea,
        title,
        description: outcome.text,
      });
      onDone();
    } catch (caught) {
      onError(errorText(caught));
    }
  };
  if (!isOpen) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setIsOpen(true)}>
        {t("staff.toNeed")}
      </button>
    );
  }
  const prefix = `need-${outcome.id}`;
  return (
    <form onSubmit={(event) => void submit(event)}>
      <div className="form-group">
        <label className="form-label" htmlFor={`${prefix}-owner`}>
          {t("staff.owner")}
        </label>
        <select id={`${prefix}-owner`} className="form-select" value={owner} onChange={(e) => setOwner(e.target.value)}>
          {owners.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${prefix}-area`}>
          {t("staff.careArea")}
        </label>
        <select
          id={`${prefix}-area`}
          className="form-select"
          value={careArea}
          onChange={(e) => setCareArea(e.target.value as CareArea)}
        >
          {CARE_AREAS.map((area) => (
            <option key={area} value={area}>
              {careAreaLabel(tCommon, area)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${prefix}-title`}>
          {t("staff.needTitle")}
        </label>
        <input
          id={`${prefix}-title`}
          className="form-input"
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={!owner}>
        {t("staff.needCreate")}
      </button>
    </form>
  );
}

/** Staff: registrations by side with check-in at the door (usable on a phone), walk-ins, outcomes, report. */
export function ParticipantsPage() {
  const { t } = useTranslation("seminars");
  const { t: tCommon } = useTranslation();
  const { id = "" } = useParams();
  const seminar = useApi<SeminarDetail>(`/api/seminars/${id}`);
  const registrations = useApi<{ items: RegistrationRow[] }>(`/api/seminars/${id}/registrations`);
  const outcomes = useApi<{ items: OutcomeRow[] }>(`/api/seminars/${id}/outcomes`);
  const report = useApi<SeminarReport>(`/api/seminars/${id}/report`);
  const [query, setQuery] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [walkInName, setWalkInName] = useState("");
  const [walkInSide, setWalkInSide] = useState<Side>("public");
  const [walkInOrganisation, setWalkInOrganisation] = useState("");
  const [idea, setIdea] = useState("");

  const reloadAll = () => {
    registrations.reload();
    outcomes.reload();
    report.reload();
  };
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      reloadAll();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const rows = registrations.data?.items ?? [];
  const needle = query.trim().toLowerCase();
  const matches = (row: RegistrationRow) =>
    !needle || row.name.toLowerCase().includes(needle) || row.organisationName.toLowerCase().includes(needle);
  const owners = [
    ...new Map(
      rows
        .filter((row) => row.side === "public" && row.organisationId)
        .map((row) => [row.organisationId as string, { id: row.organisationId as string, name: row.organisationName }]),
    ).values(),
  ];
  const waiting = rows.filter((row) => row.status === "waitlisted");

  return (
    <>
      <BackLink to={`/seminarer/${id}`} label={seminar.data?.title ?? t("list.title")} />
      <PageHeading title={t("staff.title")} />
      {seminar.data ? <p className="font-lead">{seminar.data.title}</p> : null}
      {error ? (
        <Alert variant="error" live>
          <p>{error}</p>
        </Alert>
      ) : null}
      {registrations.error ? <ErrorState error={registrations.error} onRetry={registrations.reload} /> : null}
      {registrations.isLoading && !registrations.data ? <Loading /> : null}
      <p>
        <a href={`/api/seminars/${id}/registrations/export?format=csv`}>{t("staff.exportCsv")}</a>
        {" · "}
        <a href={`/api/seminars/${id}/registrations/export?format=xlsx`}>{t("staff.exportXlsx")}</a>
        {" · "}
        <Link to={`/seminarer/${id}/spoergsmaal`}>{t("questions.staffLink")}</Link>
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor="checkin-search">
          {t("staff.search")}
        </label>
        <input
          id="checkin-search"
          type="search"
          className="form-input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {SIDES.map((side) => {
        const people = rows.filter((row) => row.side === side && PRESENT_STATES.includes(row.status) && matches(row));
        return (
          <section key={side} aria-labelledby={`side-${side}`}>
            <h2 id={`side-${side}`} className="h3">
              {t(`sides.${side}`)} ({people.length})
            </h2>
            {people.length === 0 ? <p className="text-muted">{t("staff.none")}</p> : null}
            <ul className="checkin-list nobullet-list">
              {people.map((row) => {
                const isPresent = row.status === "attended";
                return (
                  <li key={row.id} className="checkin-row">
                    <span className="checkin-who">
                      <strong>{row.name}</strong>
                      {row.organisationName ? <span className="d-block text-muted">{row.organisationName}</span> : null}
                    </span>
                    <button
                      type="button"
                      className={`button checkin-toggle ${isPresent ? "button-primary" : "button-secondary"}`}
                      aria-pressed={isPresent}
                      aria-label={`${t("staff.present")}: ${row.name}`}
                      onClick={() =>
                        void run(() =>
                          api.post(`/api/seminars/${id}/registrations/${row.id}/attendance`, { present: !isPresent }),
                        )
                      }
                    >
                      {isPresent ? `✓ ${t("staff.present")}` : t("staff.present")}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <section aria-labelledby="walk-in-heading">
        <h2 id="walk-in-heading" className="h3">
          {t("staff.walkInHeading")}
        </h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await api.post(`/api/seminars/${id}/walk-ins`, {
                name: walkInName,
                side: walkInSide,
                organisationName: walkInOrganisation,
              });
              setWalkInName("");
              setWalkInOrganisation("");
            });
          }}
        >
          <div className="form-group">
            <label className="form-label" htmlFor="walk-in-name">
              {t("form.name")}
            </label>
            <input
              id="walk-in-name"
              className="form-input"
              required
              value={walkInName}
              onChange={(event) => setWalkInName(event.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="walk-in-side">
              {t("form.side")}
            </label>
            <select
              id="walk-in-side"
              className="form-select"
              value={walkInSide}
              onChange={(event) => setWalkInSide(event.target.value as Side)}
            >
              {SIDES.map((side) => (
                <option key={side} value={side}>
                  {t(`sides.${side}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="walk-in-organisation">
              {t("form.organisation")}
            </label>
            <input
              id="walk-in-organisation"
              className="form-input"
              value={walkInOrganisation}
              onChange={(event) => setWalkInOrganisation(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary">
            {t("staff.walkInAdd")}
          </button>
        </form>
      </section>
      <section aria-labelledby="waitlist-heading">
        <h2 id="waitlist-heading" className="h3">
          {t("staff.waitlistHeading")}
        </h2>
        {waiting.length === 0 ? <p className="text-muted">{t("staff.none")}</p> : null}
        <ol>
          {waiting.map((row) => (
            <li key={row.id}>
              {row.name} ({t(`sides.${row.side}`)})
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading" className="h3">
          {t("staff.outcomesHeading")}
        </h2>
        <ul className="nobullet-list">
          {(outcomes.data?.items ?? []).map((outcome) => (
            <li key={outcome.id} className="mb-4">
              <strong>{t(`staff.kinds.${outcome.kind}`)}:</strong> {outcome.text}
              {outcome.needId ? (
                <span className="d-block">
                  {t("staff.becameNeed")} <Link to={`/behov/${outcome.needId}`}>{outcome.needTitle}</Link>
                </span>
              ) : null}
              {outcome.kind === "idea" && !outcome.needId ? (
                <IdeaToNeed
                  seminarId={id}
                  outcome={outcome}
                  owners={owners}
                  careAreas={seminar.data?.careAreas ?? []}
                  onDone={reloadAll}
                  onError={setError}
                />
              ) : null}
            </li>
          ))}
        </ul>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await api.post(`/api/seminars/${id}/outcomes`, { kind: "idea", text: idea });
              setIdea("");
            });
          }}
        >
          <div className="form-group">
            <label className="form-label" htmlFor="outcome-text">
              {t("staff.outcomeText")}
            </label>
            <textarea
              id="outcome-text"
              className="form-input"
              required
              rows={3}
              value={idea}
              onChange={(event) => setIdea(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary">
            {t("staff.outcomeAdd")}
          </button>
        </form>
      </section>
      {report.data ? (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading" className="h3">
            {t("staff.reportHeading")}
          </h2>
          <div className="table--responsive-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("staff.sideCol")}</th>
                  <th scope="col">{t("staff.registeredCol")}</th>
                  <th scope="col">{t("staff.attendedCol")}</th>
                </tr>
              </thead>
              <tbody>
                {SIDES.map((side) => (
                  <tr key={side}>
                    <th scope="row">{t(`sides.${side}`)}</th>
                    <td>{report.data?.registeredBySide[side]}</td>
                    <td>{report.data?.attendanceBySide[side]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SurveyResults seminarId={id} />
        </section>
      ) : null}
    </>
  );
}
