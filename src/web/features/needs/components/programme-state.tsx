import { useTranslation } from "react-i18next";
import type { DeadlineState, FundingProgramme } from "../../../../domain/funding.js";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/**
 * Where a programme's round stands, in words: a passed deadline says what is next (or that
 * nothing is known), an upcoming round says when it opens, a rolling one that it is always open, and one
 * without a known deadline that it is not known — never that it is open all year.
 */
export function ProgrammeState({
  programme,
  state,
}: {
  programme: Pick<FundingProgramme, "opensOn" | "nextRound">;
  state: DeadlineState;
}) {
  const { t } = useTranslation("needs");
  const language = currentLanguage();
  if (state === "expired") {
    return (
      <>
        <p className="programme-badges">
          <span className="badge badge-warning">{t("funding.expired")}</span>
        </p>
        <p className="programme-next-round">
          {programme.nextRound ? t("funding.nextRound", { next: programme.nextRound }) : t("funding.nextRoundUnknown")}
        </p>
      </>
    );
  }
  if (state === "upcoming" && programme.opensOn !== null) {
    return (
      <p className="programme-badges">
        <span className="badge badge-info">
          {t("funding.upcoming", { date: formatDate(programme.opensOn, language) })}
        </span>
      </p>
    );
  }
  if (state === "rolling") {
    return (
      <p className="programme-badges">
        <span className="badge badge-neutral">{t("funding.rolling")}</span>
      </p>
    );
  }
  if (state === "unknown") {
    return <p className="programme-next-round">{t("funding.deadlineUnknown")}</p>;
  }
  return null;
}
