import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Need } from "../../../../domain/needs.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { OpenCall, OpenCallDetail } from "../../../../domain/calls-views.js";
import { CallSummary } from "./call-summary.js";
import { PublishCallForm } from "./publish-call-form.js";

/** The need's open call: its state and offers, or the form that publishes one; earlier calls below. */
export function CallPanel({ need }: { need: Need }) {
  const { t } = useTranslation("needs");
  const language = currentLanguage();
  const calls = useApi<ItemList<OpenCall>>("/api/calls?status=all");
  const [published, setPublished] = useState(false);
  const mine = (calls.data?.items ?? [])
    .filter((call) => call.needId === need.id)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const current = mine.find((call) => call.status === "open");
  const earlier = mine.filter((call) => call !== current);
  const detail = useApi<OpenCallDetail>(current ? `/api/calls/${current.id}` : null);

  return (
    <>
      <h2 className="h3 mt-0">{t("call.heading")}</h2>
      <p>{t("call.intro")}</p>
      <div aria-live="polite">
        {published ? (
          <Alert variant="success">
            <p>{t("call.publishedNotice")}</p>
          </Alert>
        ) : null}
      </div>
      {calls.error ? <ErrorState error={calls.error} onRetry={calls.reload} /> : null}
      {calls.isLoading && !calls.data ? <Loading label={t("call.loading")} /> : null}
      {calls.data && current ? <CallSummary call={detail.data?.id === current.id ? detail.data : current} /> : null}
      {calls.data && !current ? (
        <PublishCallForm
          needId={need.id}
          title={need.title}
          description={need.description}
          onPublished={() => {
            setPublished(true);
            calls.reload();
          }}
        />
      ) : null}
      {earlier.length > 0 ? (
        <>
          <h3 className="h4">{t("call.earlier")}</h3>
          <ul className="earlier-calls">
            {earlier.map((call) => (
              <li key={call.id}>
                <Link to={`/opslag/${call.id}`}>{call.title}</Link>{" "}
                <span className="text-muted">
                  ·{" "}
                  {call.closedAt
                    ? t("call.closedText", { date: formatDate(call.closedAt, language) })
                    : t("call.closed")}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
