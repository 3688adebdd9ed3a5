import { useTranslation } from "react-i18next";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";

/**
 * Names the respondent groups whose own figures are withheld: because too few of them answered, or,
 * though enough answered, so that a smaller withheld group cannot be worked out from the overall.
 */
export function AnonymityNotice({ anonymity }: { anonymity: ResultsPayload["anonymity"] }) {
  const { t } = useTranslation("assessments");
  if (anonymity.withheldGroups.length === 0) {
    return null;
  }
  return (
    <div className="alert alert-info" role="note" aria-labelledby="anonymity-heading">
      <div className="alert-body">
        <p className="alert-heading" id="anonymity-heading">
          {t("results.anonymityHeading")}
        </p>
        <ul className="alert-text">
          {anonymity.withheldGroups.map((group) => (
            <li key={group.key}>
              {t(group.reason === "protects_smaller" ? "results.anonymityProtecting" : "results.anonymityGroup", {
                group: group.label,
                count: group.responses,
              })}
            </li>
          ))}
        </ul>
        <p className="alert-text">{t("results.anonymityText", { minimum: anonymity.minimum })}</p>
      </div>
    </div>
  );
}
