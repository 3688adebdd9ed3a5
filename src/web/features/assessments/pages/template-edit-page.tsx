import { useMemo } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { TemplateUpdate } from "../../../../domain/assessment/index.js";
import { apiRequest } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { TemplateDetail } from "../../../../domain/assessment/views.js";
import { TemplateEditor } from "../components/template-editor.js";
import { fromDefinition } from "../model/template-draft.js";

/** Editing a template: a draft changes in place; a published version becomes a new draft version. */
export function TemplateEditPage() {
  const { t } = useTranslation("assessments");
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const language = currentLanguage();
  const { data, error, isLoading, reload } = useApi<TemplateDetail>(`/api/assessment-templates/${id}`);
  const initial = useMemo(() => (data ? fromDefinition(data.definition) : null), [data]);
  const back = `/vurderinger/skabeloner/${id}`;

  const save = async (body: TemplateUpdate) => {
    const saved = await apiRequest<TemplateDetail>(`/api/assessment-templates/${id}`, { method: "PUT", body });
    void navigate(`/vurderinger/skabeloner/${saved.id}`, {
      state: { notice: saved.id === id ? "saved" : "newVersion" },
    });
  };

  return (
    <>
      <BackLink to={back} label={t("editor.back")} />
      <PageHeading
        title={
          data ? t("editor.heading", { title: data.title[language], version: data.version }) : t("editor.loadingTitle")
        }
      />
      {!data && isLoading ? <Loading /> : null}
      {!data && error ? <ErrorState error={error} onRetry={reload} /> : null}
      {data && initial ? (
        <>
          <Alert
            variant="info"
            heading={
              data.status === "draft"
                ? t("editor.draftHeading")
                : t("editor.newVersionHeading", { version: data.version })
            }
          >
            <p>
              {data.status === "draft" ? t("editor.draftText") : t("editor.newVersionText", { version: data.version })}
            </p>
          </Alert>
          <TemplateEditor
            initial={initial}
            submitLabel={data.status === "draft" ? t("editor.saveDraft") : t("editor.saveNewVersion")}
            save={save}
            onCancel={() => navigate(back)}
          />
        </>
      ) : null}
    </>
  );
}
