import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { KnowledgeEntry } from "../../../../domain/knowledge/views.js";
import { ApiError } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { EntryFacts } from "../components/entry-facts.js";
import { localised, readerLanguage } from "../labels.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Public: one entry with its structured facts; print-friendly (knowledge.css). */
export function KnowledgeEntryPage() {
  const { t, i18n } = useTranslation("knowledge");
  const { id = "" } = useParams();
  const isId = UUID.test(id);
  const { data, error, isLoading, reload } = useApi<KnowledgeEntry>(isId ? `/api/knowledge/${id}` : null);
  const language = readerLanguage(i18n.language);
  const texts = data ? localised(data, language) : null;
  const mayEdit = data ? data.canEdit || data.canApproveFor.length > 0 : false;

  return (
    <article className="knowledge-entry">
      <BackLink to="/viden" label={t("entry.back")} />
      <PageHeading title={texts ? texts.title : t("entry.loading")} />
      {!data && isLoading ? <Loading label={t("entry.loading")} /> : null}
      {!data && error ? <ErrorState error={error} onRetry={reload} /> : null}
      {isId ? null : <ErrorState error={new ApiError(404, "not_found", "")} />}
      {data && texts ? (
        <>
          <p className="knowledge-card-kind">
            <span className={`badge knowledge-kind knowledge-kind-${data.kind}`}>{t(`kinds.${data.kind}`)}</span>
            {data.state !== "published" ? <span className="badge">{t(`states.${data.state}`)}</span> : null}
          </p>
          <p className="font-lead">{texts.summary}</p>
          {data.publishedAt ? (
            <p className="knowledge-meta">{t("entry.published", { date: formatDate(data.publishedAt, language) })}</p>
          ) : null}
          <p className="knowledge-actions d-print-none">
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t("entry.print")}
            </button>
            {mayEdit ? (
              <Link to={`/viden/${data.id}/redaktion`} className="button button-secondary">
                {t("entry.editorial")}
              </Link>
            ) : null}
          </p>
          <EntryFacts entry={data} />
        </>
      ) : null}
    </article>
  );
}
