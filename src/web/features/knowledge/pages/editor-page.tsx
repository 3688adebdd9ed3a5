import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { EditorialState } from "../../../../domain/knowledge/entries.js";
import { canChangeState } from "../../../../domain/knowledge/publication.js";
import type { KnowledgeEntry } from "../../../../domain/knowledge/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useAuth } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { EntryFacts } from "../components/entry-facts.js";
import { EntryForm } from "../editor/entry-form.js";
import { readerLanguage } from "../labels.js";

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Staff and the case's organisations: edit a draft, approve publication, move it through its states. */
export function KnowledgeEditorPage() {
  const { t, i18n } = useTranslation("knowledge");
  const language = readerLanguage(i18n.language);
  const { me } = useAuth();
  const { id = "" } = useParams();
  const loaded = useApi<KnowledgeEntry>(`/api/knowledge/${id}`);
  const [entry, setEntry] = useState<KnowledgeEntry | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    setEntry(loaded.data);
  }, [loaded.data]);

  const run = async (action: () => Promise<KnowledgeEntry>, done: string) => {
    setIsBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      setEntry(await action());
      setNotice(done);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setIsBusy(false);
    }
  };

  const approve = (organisationId: string) =>
    run(() => api.post<KnowledgeEntry>(`/api/knowledge/${id}/approvals/${organisationId}`, {}), t("draft.changed"));
  const move = (to: EditorialState) =>
    run(() => api.post<KnowledgeEntry>(`/api/knowledge/${id}/state`, { to }), t("draft.changed"));

  const names = (ids: string[]) =>
    ids
      .map((orgId) => entry?.approvals.find((approval) => approval.organisationId === orgId)?.organisationName ?? orgId)
      .join(", ");
  const reasons = (entry?.blockers ?? []).map((blocker) => {
    if (blocker.field === "state") {
      return t("draft.blockerState");
    }
    if (blocker.field === "approvals") {
      return t("draft.blockerApprovals", { names: names(blocker.items) });
    }
    return t("draft.blockerFigures", { names: blocker.items.join(", ") });
  });
  const mayPublish = entry !== undefined && entry.blockers.length === 0 && canChangeState(entry.state, "published");

  return (
    <div className="knowledge-editor">
      <BackLink to={`/viden/${id}`} label={t("draft.back")} />
      <PageHeading title={entry ? entry.title : t("draft.title")} />
      {!entry && loaded.isLoading ? <Loading label={t("entry.loading")} /> : null}
      {!entry && loaded.error ? <ErrorState error={loaded.error} onRetry={loaded.reload} /> : null}
      {entry ? (
        <>
          <p>
            <span className="badge">{t("draft.state", { state: t(`states.${entry.state}`) })}</span>
          </p>
          {notice ? (
            <Alert variant="success" live>
              <p>{notice}</p>
            </Alert>
          ) : null}
          {failure ? (
            <Alert variant="error" live>
              <p>{t("draft.error", { message: failure })}</p>
            </Alert>
          ) : null}

          {entry.approvals.length > 0 ? (
            <section className="knowledge-section" aria-labelledby="knowledge-approvals">
              <h2 className="h3" id="knowledge-approvals">
                {t("draft.approvalsHeading")}
              </h2>
              <p>{t("draft.approvalsIntro")}</p>
              <div className="table--responsive-scroll">
                <table className="table table--compact knowledge-approvals">
                  <thead>
                    <tr>
                      <th scope="col">{t("draft.organisation")}</th>
                      <th scope="col">{t("draft.approval")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entry.approvals.map((approval) => (
                      <tr key={approval.organisationId}>
                        <th scope="row">{approval.organisationName}</th>
                        <td>
                          {approval.approved && approval.approvedAt ? (
                            approval.recordedByAgent ? (
                              t("draft.approvedByAgent", { date: formatDate(approval.approvedAt, language) })
                            ) : (
                              t("draft.approved", { date: formatDate(approval.approvedAt, language) })
                            )
                          ) : entry.canApproveFor.includes(approval.organisationId) ? (
                            <button
                              type="button"
                              className="button button-secondary"
                              disabled={isBusy}
                              onClick={() => void approve(approval.organisationId)}
                            >
                              {me?.organisationId === approval.organisationId
                                ? t("draft.approve", { name: approval.organisationName })
                                : t("draft.record", { name: approval.organisationName })}
                            </button>
                          ) : (
                            t("draft.notApproved")
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}

          {entry.canEdit ? (
            <section className="knowledge-section" aria-labelledby="knowledge-state">
              <h2 className="h3" id="knowledge-state">
                {t("draft.stateHeading")}
              </h2>
              <div className="knowledge-state-buttons">
                {canChangeState(entry.state, "in_review") ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={isBusy}
                    onClick={() => void move("in_review")}
                  >
                    {t("draft.toReview")}
                  </button>
                ) : null}
                {entry.state === "in_review" ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={isBusy}
                    onClick={() => void move("draft")}
                  >
                    {t("draft.toDraft")}
                  </button>
                ) : null}
                {entry.state === "draft" || entry.state === "in_review" ? (
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={isBusy || !mayPublish}
                    aria-describedby={mayPublish ? undefined : "knowledge-publish-blocked"}
                    onClick={() => void move("published")}
                  >
                    {t("draft.publish")}
                  </button>
                ) : null}
                {entry.state === "published" ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={isBusy}
                    onClick={() => void move("archived")}
                  >
                    {t("draft.archive")}
                  </button>
                ) : null}
              </div>
              {!mayPublish && reasons.length > 0 && entry.state !== "published" ? (
                <div id="knowledge-publish-blocked" className="knowledge-blockers">
                  <p>{t("draft.publishBlocked")}</p>
                  <ul>
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </section>
          ) : null}

          {entry.canEdit && (entry.state === "draft" || entry.state === "in_review") ? (
            <EntryForm key={entry.version} entry={entry} onSaved={setEntry} />
          ) : null}

          <EntryFacts entry={entry} />

          {entry.versions.length > 0 ? (
            <section className="knowledge-section" aria-labelledby="knowledge-versions">
              <h2 className="h3" id="knowledge-versions">
                {t("draft.versionsHeading")}
              </h2>
              <ul>
                {entry.versions.map((version) => (
                  <li key={version.version}>
                    {version.version}: {version.comment} ({version.author ?? "–"},{" "}
                    {formatDate(version.createdAt, language)})
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
