import { useTranslation } from "react-i18next";
import type { ResultsPayload } from "../../../../domain/assessment/views.js";

/** The comments, grouped by dimension; only for those who may read answers (the server leaves them out otherwise). */
export function FreeTextsSection({ freeTexts }: { freeTexts: ResultsPayload["freeTexts"] }) {
  const { t } = useTranslation("assessments");
  return (
    <section className="assessment-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t("results.commentsHeading")}</h2>
      {freeTexts === null ? (
        <p>{t("results.commentsHidden")}</p>
      ) : freeTexts.length === 0 ? (
        <p className="empty-state">{t("results.commentsNone")}</p>
      ) : (
        <>
          <p>{t("results.commentsIntro")}</p>
          {freeTexts.map((group) => (
            <div key={group.dimension} className="comment-group">
              <h3 className="h4">{group.label}</h3>
              <ul className="comment-list nobullet-list">
                {group.items.map((item, index) => (
                  <li key={`${item.questionKey}-${index}`} className="comment">
                    <blockquote className="comment-text">{item.text}</blockquote>
                    <p className="comment-meta">
                      {item.groupLabel} · {item.question}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
