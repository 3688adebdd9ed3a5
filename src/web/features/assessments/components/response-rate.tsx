import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { AssessmentDetail } from "../../../../domain/assessment/views.js";
import { formatPercent } from "../model/format.js";

/** Response rate per respondent group: a bar and the numbers behind it (the bar is never the only way). */
export function ResponseRate({ rate }: { rate: AssessmentDetail["responseRate"] }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const rows = [
    ...rate.groups.map((group) => ({ key: group.audience, ...group })),
    { key: "total", label: t("overview.total"), ...rate },
  ];
  return (
    <ul className="response-rate nobullet-list">
      {rows.map((row) => {
        const labelId = `rate-${row.key}`;
        return (
          <li key={row.key} className={row.key === "total" ? "response-rate-row is-total" : "response-rate-row"}>
            <div className="response-rate-head">
              <span id={labelId} className="response-rate-label">
                {row.label}
              </span>
              <span className="response-rate-figure">
                {row.invited === 0 ? t("overview.noneInvited") : formatPercent(row.rate, language)}
              </span>
            </div>
            <progress
              className="response-rate-bar"
              max={Math.max(row.invited, 1)}
              value={row.submitted}
              aria-labelledby={labelId}
              aria-describedby={`${labelId}-numbers`}
            />
            <p className="response-rate-numbers" id={`${labelId}-numbers`}>
              {row.invited === 0
                ? t(row.key === "total" ? "overview.noneInvitedTotal" : "overview.noneInvitedYet")
                : t("overview.rateNumbers", {
                    submitted: row.submitted,
                    invited: row.invited,
                    started: Math.max(0, row.started - row.submitted),
                  })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
