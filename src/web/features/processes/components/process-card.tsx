import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { organisationsWithRoles } from "../model/board.js";
import type { ProcessSummary } from "../../../../domain/process/views.js";
import { StatusBadge } from "./status-badge.js";

const SHOWN_ORGANISATIONS = 3;

/** A process on the board (DKFDS card): title, kind, the organisations taking part and the status. */
export function ProcessCard({ process }: { process: ProcessSummary }) {
  const { t } = useTranslation("processes");
  const organisations = organisationsWithRoles(process.participants);
  const shown = organisations.slice(0, SHOWN_ORGANISATIONS);
  const hidden = organisations.length - shown.length;
  return (
    <article className={`card process-card process-card-${process.status}`}>
      <div className="card-content">
        <h5 className="process-card-title">
          <Link to={`/forloeb/${process.id}`}>{process.title}</Link>
        </h5>
        <p className="process-card-meta">
          <StatusBadge status={process.status} />{" "}
          <span className="process-card-kind">{t(`kinds.${process.kind}`)}</span>
        </p>
        {process.theme ? <p className="process-card-theme">{t("board.themeValue", { theme: process.theme })}</p> : null}
        {shown.length > 0 ? (
          <>
            <p className="sr-only">{t("board.participantsLabel")}</p>
            <ul className="process-card-participants">
              {shown.map((organisation) => (
                <li key={organisation.organisationId}>{organisation.name}</li>
              ))}
              {hidden > 0 ? <li className="text-muted">{t("board.moreParticipants", { count: hidden })}</li> : null}
            </ul>
          </>
        ) : null}
      </div>
    </article>
  );
}
