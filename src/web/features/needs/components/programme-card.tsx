import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { DeadlineState, FundingProgramme } from "../../../../domain/funding.js";
import { Icon } from "../../../components/icon.js";
import { ProgrammeFacts } from "./programme-facts.js";
import { ProgrammeLink } from "./programme-link.js";
import { ProgrammeState } from "./programme-state.js";

/** A programme in the catalogue; a passed deadline (and what is next) is said in words, not only greyed out. */
export function ProgrammeCard({
  programme,
  state,
  canEdit,
}: {
  programme: FundingProgramme;
  state: DeadlineState;
  canEdit: boolean;
}) {
  const { t } = useTranslation("needs");
  const isExpired = state === "expired";
  const headingId = `programme-${programme.id}`;
  return (
    <article className={isExpired ? "programme-card programme-expired" : "programme-card"} aria-labelledby={headingId}>
      <h2 className="h4 programme-name" id={headingId}>
        {programme.name}
      </h2>
      <ProgrammeState programme={programme} state={state} />
      {programme.purpose ? <p className="programme-purpose">{programme.purpose}</p> : null}
      <ProgrammeFacts programme={programme} />
      {programme.notes ? <p className="pre-line programme-notes">{programme.notes}</p> : null}
      <div className="programme-actions">
        <ProgrammeLink href={programme.link} name={programme.name} />
        {canEdit ? (
          <Link
            to={`/finansiering/${programme.id}/rediger`}
            className="function-link"
            aria-label={t("catalogue.editLabel", { name: programme.name })}
          >
            <Icon name="edit" />
            {t("catalogue.edit")}
          </Link>
        ) : null}
      </div>
    </article>
  );
}
