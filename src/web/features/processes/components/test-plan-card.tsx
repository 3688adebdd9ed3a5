import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { ProcessTestPlan } from "../../../../domain/process/views.js";
import { DayText } from "./day-text.js";

/** One test plan as a DKFDS card with its facts as a description list. */
export function TestPlanCard({ plan }: { plan: ProcessTestPlan }) {
  const { t } = useTranslation("processes");
  return (
    <article className="card test-plan-card" aria-labelledby={`test-plan-${plan.id}`}>
      <div className="card-content">
        <h3 className="h4 card-heading" id={`test-plan-${plan.id}`}>
          {plan.what}
        </h3>
        <dl className="test-plan-facts">
          <dt>{t("fields.hypothesis")}</dt>
          <dd>{plan.hypothesis}</dd>
          <dt>{t("fields.siteOrganisationId")}</dt>
          <dd>
            {plan.siteOrganisationId && plan.siteName ? (
              <Link to={`/organisationer/${plan.siteOrganisationId}`}>{plan.siteName}</Link>
            ) : (
              t("testPlans.noSite")
            )}
          </dd>
          <dt>{t("testPlans.period")}</dt>
          <dd>
            <DayText day={plan.startsOn} /> – <DayText day={plan.endsOn} />
          </dd>
          <dt>{t("fields.participants")}</dt>
          <dd>{plan.participants || t("testPlans.notGiven")}</dd>
          <dt>{t("fields.measures")}</dt>
          <dd className="process-multiline">{plan.measures || t("testPlans.notGiven")}</dd>
        </dl>
      </div>
    </article>
  );
}
