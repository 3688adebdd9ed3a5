import { useEffect, useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../../domain/validation.js";
import { ApiError } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { changeLanguage, currentLanguage } from "../../../i18n/i18n.js";
import type { Receipt, RespondentForm } from "../../../../domain/assessment/views.js";
import { LinkProblem } from "../components/link-problem.js";
import { RespondForm } from "../components/respond-form.js";
import { RespondReceipt } from "../components/respond-receipt.js";

const readLanguage = (value: string | null): Language | null => (value === "da" || value === "en" ? value : null);

/**
 * The respondent's page behind a personal link: no account, no menu. The form comes in the
 * language the respondent was invited in (or `?language=`); switching language reloads it.
 */
export function RespondPage() {
  const { t } = useTranslation("assessments");
  const { token = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const appLanguage = currentLanguage();
  const requested = readLanguage(params.get("language"));
  const { data, error, isLoading, reload } = useApi<RespondentForm>(
    `/api/respond/${token}${requested ? `?language=${requested}` : ""}`,
  );
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [stopped, setStopped] = useState<ApiError | null>(null);
  const formLanguage = data?.form.language;
  const isSynced = useRef(false);

  // The page takes the form's language once; afterwards the form follows the page's language.
  useEffect(() => {
    if (!formLanguage) {
      return;
    }
    if (!isSynced.current) {
      isSynced.current = true;
      if (formLanguage !== appLanguage) {
        void changeLanguage(formLanguage);
      }
    } else if (appLanguage !== formLanguage && requested !== appLanguage) {
      setParams({ language: appLanguage }, { replace: true });
    }
  }, [formLanguage, appLanguage, requested, setParams]);

  if (receipt && data) {
    return <RespondReceipt receipt={receipt} organisationName={data.assessment.organisationName} isFresh />;
  }
  if (stopped) {
    return <LinkProblem error={stopped} onRetry={() => setStopped(null)} />;
  }
  if (!data) {
    if (error) {
      return <LinkProblem error={error} onRetry={reload} />;
    }
    return (
      <div className="respond-page">
        <PageHeading title={t("respond.loadingTitle")} />
        {isLoading ? <Loading label={t("respond.loading")} /> : null}
      </div>
    );
  }
  if (data.receipt) {
    return (
      <RespondReceipt receipt={data.receipt} organisationName={data.assessment.organisationName} isFresh={false} />
    );
  }
  return (
    <RespondForm
      token={token}
      data={data}
      onSubmitted={setReceipt}
      onStopped={(problem) => {
        if (problem.status === 409) {
          reload();
        } else {
          setStopped(problem);
        }
      }}
    />
  );
}
