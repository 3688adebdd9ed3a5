import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { OpenCallDetail } from "../../../../domain/calls-views.js";
import { CallStateBadge } from "./call-state-badge.js";

/** A need's call in short: state, deadline, offers so far and the way to the call's page. */
export function CallSummary({ call }: { call: OpenCallDetail }) {
  const { t } = useTranslation("needs");
  const language = currentLanguage();
  return (
    <div className="call-summary">
      <h3 className="h4">{call.title}</h3>
      <p className="call-summary-badges">
        <CallStateBadge call={call} />
        {call.offerCount !== undefined ? (
          <span className="badge badge-info">{t("call.offers", { count: call.offerCount })}</span>
        ) : null}
      </p>
      <p>
        {t("call.deadlineText", { deadline: formatDateTime(call.deadline, language) })}
        <br />
        {call.closedAt
          ? t("call.closedText", { date: formatDateTime(call.closedAt, language) })
          : t("call.publishedText", { date: formatDateTime(call.publishedAt, language) })}
      </p>
      <Link to={`/opslag/${call.id}`} className="button button-secondary">
        {t("call.goToCall")}
      </Link>
    </div>
  );
}
