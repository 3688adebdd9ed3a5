import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { OpenCall } from "../../../../domain/calls-views.js";
import { CallStateBadge } from "./call-state-badge.js";

/** One call in the public list: who asks, for which care area, and until when. */
export function CallCard({ call }: { call: OpenCall }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  return (
    <article className="call-card" aria-labelledby={`call-${call.id}`}>
      <h2 className="h4 call-card-title">
        <Link to={`/opslag/${call.id}`} id={`call-${call.id}`}>
          {call.title}
        </Link>
      </h2>
      <p className="call-card-badges">
        <CallStateBadge call={call} />
      </p>
      <dl className="call-card-facts">
        <div>
          <dt>{t("calls.owner")}</dt>
          <dd>{call.ownerName}</dd>
        </div>
        <div>
          <dt>{t("calls.careArea")}</dt>
          <dd>{careAreaLabel(tc, call.careArea)}</dd>
        </div>
        <div>
          <dt>{t("calls.deadline")}</dt>
          <dd>{formatDateTime(call.deadline, language)}</dd>
        </div>
      </dl>
    </article>
  );
}
