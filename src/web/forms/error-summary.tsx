import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../components/icon.js";
import { formatSummaryLine } from "./summary-line.js";

export interface SummaryItem {
  /** id of the control the link moves focus to */
  target: string;
  label: string;
  message: string;
}

/**
 * The list of problems at the top of a form. It takes focus when a submit fails; each entry
 * links to its field. Without field entries it shows the general message.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: readonly SummaryItem[]; message?: string }>(
  function ErrorSummary({ items, message }, ref) {
    const { t } = useTranslation();
    if (items.length === 0 && !message) {
      return null;
    }
    const focusField = (target: string) => {
      const element = document.getElementById(target);
      if (element) {
        element.focus();
        element.scrollIntoView({ block: "center" });
      }
    };
    return (
      <div
        className="alert alert-error error-summary"
        role="alert"
        tabIndex={-1}
        ref={ref}
        aria-labelledby="error-summary-heading"
      >
        <Icon name="error" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-heading" id="error-summary-heading">
            {t("form.summaryHeading")}
          </p>
          {message ? <p className="alert-text">{message}</p> : null}
          {items.length > 0 ? (
            <ul className="alert-text nobullet-list">
              {items.map((item) => (
                <li key={`${item.target}-${item.message}`}>
                  <a
                    href={`#${item.target}`}
                    className="function-link"
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(item.target);
                    }}
                  >
                    {formatSummaryLine(item.label, item.message)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    );
  },
);
