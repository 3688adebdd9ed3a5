import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import { toSummaryItems } from "../model/summary.js";

/**
 * The problems in the draft, at the top of the form, each linking to its field. Unlike the
 * submit-time error summary it is not an alert: it changes as the person types, and the save
 * status already tells screen readers that the draft is not saved.
 */
export function DraftProblems({ errors }: { errors: Record<string, string> }) {
  const { t } = useTranslation("businessCases");
  const { t: tc } = useTranslation();
  const items = toSummaryItems(t, errors);
  const general = errors._;
  if (items.length === 0 && !general) {
    return null;
  }
  return (
    <div
      className="alert alert-error error-summary"
      id="draft-problems"
      tabIndex={-1}
      aria-labelledby="draft-problems-heading"
    >
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading" id="draft-problems-heading">
          {tc("form.summaryHeading")}
        </p>
        {general ? <p className="alert-text">{general}</p> : null}
        <ul className="alert-text nobullet-list">
          {items.map((item) => (
            <li key={item.target}>
              <a
                href={`#${item.target}`}
                className="function-link"
                onClick={(event) => {
                  event.preventDefault();
                  const element = document.getElementById(item.target);
                  element?.focus();
                  element?.scrollIntoView({ block: "center" });
                }}
              >
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
