import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import { ApiError, api } from "../../../api/client.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { SelectField } from "../../../forms/select-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";
import type { Need } from "../../../../domain/needs.js";
import { formatScore } from "../model/format.js";

type Gap = ResultsPayload["gaps"][number];

/**
 * One gap, ranked by severity. An agent turns it into a need of the assessed institution with
 * one action; asking again gives the same need. If the institution has no care area, the agent
 * chooses one.
 */
export function GapItem({ assessmentId, gap, canCreate }: { assessmentId: string; gap: Gap; canCreate: boolean }) {
  const { t } = useTranslation(["assessments", "translation"]);
  const { t: tApp } = useTranslation();
  const language = currentLanguage();
  const [needId, setNeedId] = useState<string | null>(gap.needId);
  const [created, setCreated] = useState<Need | null>(null);
  const [careArea, setCareArea] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const needsCareArea = Boolean(fieldErrors.careArea);
  const careAreaId = `gap-${gap.dimension}-care-area`;

  const create = async () => {
    setIsBusy(true);
    setProblem(null);
    try {
      const need = await api.post<Need>(
        `/api/assessments/${assessmentId}/gaps/${gap.dimension}/need`,
        careArea ? { careArea } : {},
      );
      setNeedId(need.id);
      setCreated(need);
      setFieldErrors({});
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      setFieldErrors(fields);
      if (fields.careArea) {
        window.requestAnimationFrame(() => document.getElementById(careAreaId)?.focus());
      } else {
        setProblem(
          Object.values(fields)[0] ??
            (error instanceof ApiError && error.status === 403
              ? t("translation:errors.forbidden")
              : t("translation:errors.saveFailed")),
        );
      }
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <li className="gap-item">
      <h3 className="h4 gap-title">
        <span className="gap-rank">{gap.rank}.</span> {gap.label}
      </h3>
      <p className="gap-reasons">
        {gap.reasons.map((reason) => (
          <span key={reason} className={reason === "low_score" ? "badge badge-error" : "badge badge-warning"}>
            {t(`results.reason.${reason}`)}
          </span>
        ))}
      </p>
      <p className="gap-figures">
        {t("results.gapFigures", {
          score: formatScore(gap.score, language),
          spread: formatScore(gap.spread, language),
          severity: formatScore(gap.severity, language),
        })}
      </p>
      {needId ? (
        <p className="gap-need" role={created ? "status" : undefined}>
          {created ? <span>{t("results.needCreated", { title: created.title })} </span> : null}
          <Link to={`/behov/${needId}`}>{t("results.seeNeed")}</Link>
        </p>
      ) : canCreate ? (
        <div className="gap-actions">
          {needsCareArea ? (
            <SelectField
              id={careAreaId}
              label={t("results.careArea")}
              hint={t("results.careAreaHint")}
              value={careArea}
              onChange={setCareArea}
              error={fieldErrors.careArea}
              required
            >
              <option value="">{t("results.chooseCareArea")}</option>
              {CARE_AREAS.map((area) => (
                <option key={area} value={area}>
                  {careAreaLabel(tApp, area)}
                </option>
              ))}
            </SelectField>
          ) : null}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void create()}
            disabled={isBusy}
            aria-busy={isBusy || undefined}
          >
            {t("results.createNeed")}
            <span className="sr-only">: {gap.label}</span>
          </button>
          {problem ? (
            <p className="form-error-message" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
