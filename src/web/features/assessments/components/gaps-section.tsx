import { useTranslation } from "react-i18next";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";
import { GapItem } from "./gap-item.js";

export function GapsSection({ results, canCreate }: { results: ResultsPayload; canCreate: boolean }) {
  const { t } = useTranslation("assessments");
  const { lowScore, highSpread } = results.gapThresholds;
  return (
    <section className="assessment-section" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t("results.gapsHeading")}</h2>
      <p>{t("results.gapsIntro", { lowScore, highSpread })}</p>
      {results.gaps.length === 0 ? (
        <p className="empty-state">{t("results.gapsNone")}</p>
      ) : (
        <ol className="gap-list nobullet-list">
          {results.gaps.map((gap) => (
            <GapItem key={gap.dimension} assessmentId={results.assessment.id} gap={gap} canCreate={canCreate} />
          ))}
        </ol>
      )}
    </section>
  );
}
