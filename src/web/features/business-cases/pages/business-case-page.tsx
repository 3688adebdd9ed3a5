import { useCallback, useRef, useState } from "react";
import { useLocation, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { BusinessCaseEditor, type Draft } from "../components/business-case-editor.js";
import { CaseFacts } from "../components/case-facts.js";

/** One business case: who it is between, the editor with live results, versions and exports. */
export function BusinessCasePage() {
  const { t, i18n } = useTranslation("businessCases");
  const { id = "" } = useParams();
  const location = useLocation();
  const { data, error, isLoading, reload } = useApi<BusinessCase>(`/api/business-cases/${id}`);
  const [current, setCurrent] = useState<BusinessCase | null>(null);
  const businessCase = current ?? data;
  const wasCreated = (location.state as { notice?: string } | null)?.notice === "created";
  // The latest valid draft: when the language changes, the editor starts again from it (numbers re-written in the new
  // format).
  const draft = useRef<Draft | null>(null);
  const keepDraft = useCallback((next: Draft) => {
    draft.current = next;
  }, []);

  return (
    <>
      <BackLink to="/business-cases" label={t("editor.backToList")} />
      <PageHeading title={businessCase ? businessCase.title : t("editor.title")} />
      {!businessCase && isLoading ? <Loading /> : null}
      {!businessCase && error ? <ErrorState error={error} onRetry={reload} thing="businessCase" /> : null}
      {businessCase ? (
        <>
          <CaseFacts businessCase={businessCase} />
          {wasCreated ? (
            <Alert variant="success" live>
              <p>{t("create.createdNotice")}</p>
            </Alert>
          ) : null}
          <BusinessCaseEditor
            key={i18n.language}
            businessCase={businessCase}
            initialDraft={draft.current}
            onSaved={setCurrent}
            onDraft={keepDraft}
          />
        </>
      ) : null}
    </>
  );
}
