import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { TestPlanCard } from "./test-plan-card.js";
import { TestPlanForm } from "./test-plan-form.js";
import { TestPlanFeedback } from "./test-plan-feedback.js";

/** Living-lab tests: what is tested, the hypothesis, where, when, with whom and how it is measured. */
export function TestPlansPanel({ process, onChanged }: { process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation("processes");
  const [notice, setNotice] = useState("");
  return (
    <>
      <p>{t("testPlans.intro")}</p>
      {process.testPlans.length === 0 ? (
        <div className="empty-state">
          <p>
            {process.phase === "test" && process.status === "active"
              ? t("testPlans.emptyInTest")
              : t("testPlans.empty")}
          </p>
        </div>
      ) : (
        <ul className="test-plan-list no-max-width">
          {process.testPlans.map((plan) => (
            <li key={plan.id}>
              <TestPlanCard plan={plan} />
              <TestPlanFeedback processId={process.id} planId={plan.id} what={plan.what} />
            </li>
          ))}
        </ul>
      )}
      <div role="status">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      <details className="details process-add-details" open={process.testPlans.length === 0}>
        <summary className="details-summary">{t("testPlans.addHeading")}</summary>
        <div className="details-text">
          <TestPlanForm
            processId={process.id}
            onAdded={(text) => {
              setNotice(text);
              onChanged();
            }}
          />
        </div>
      </details>
    </>
  );
}
