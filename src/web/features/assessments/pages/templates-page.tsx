import { useState } from "react";
import { useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { TemplateSummary } from "../../../../domain/assessment/views.js";
import type { TemplateChange } from "../components/template-actions.js";
import { TemplatesTable } from "../components/templates-table.js";

/** The assessment templates and their versions; the programme manager edits, publishes and deletes drafts. */
export function TemplatesPage() {
  const { t } = useTranslation("assessments");
  const me = useMe();
  const list = useApi<{ items: TemplateSummary[] }>("/api/assessment-templates");
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const [notice, setNotice] = useState<{ variant: "success" | "error"; text: string } | null>(
    deleted ? { variant: "success", text: t("templates.deletedNotice", { name: deleted }) } : null,
  );
  const canEdit = me.role === "admin";

  const changed = (change: TemplateChange) => {
    if (change.kind === "failed") {
      setNotice({ variant: "error", text: change.message });
      return;
    }
    const name = t("templates.versionName", {
      title: change.template.title[currentLanguage()],
      version: change.template.version,
    });
    setNotice({
      variant: "success",
      text:
        change.kind === "published" ? t("templates.publishedNotice", { name }) : t("templates.deletedNotice", { name }),
    });
    list.reload();
    document.getElementById("templates-heading")?.focus();
  };

  return (
    <>
      <BackLink to="/vurderinger" label={t("common.backToList")} />
      <PageHeading title={t("templates.title")} />
      <p className="font-lead">{t("templates.intro")}</p>
      {!canEdit ? <p>{t("templates.readOnly")}</p> : null}
      <h2 id="templates-heading" className="h3" tabIndex={-1}>
        {t("templates.listHeading")}
      </h2>
      {notice ? (
        <Alert variant={notice.variant} live>
          <p>{notice.text}</p>
        </Alert>
      ) : null}
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.isLoading && !list.data ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? <p className="empty-state">{t("templates.empty")}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <TemplatesTable items={list.data.items} canEdit={canEdit} onChanged={changed} />
      ) : null}
    </>
  );
}
