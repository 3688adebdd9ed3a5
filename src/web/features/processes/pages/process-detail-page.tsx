import { useState } from "react";
import { useLocation, useParams, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { CaseFromProcess } from "../components/case-from-process.js";
import { InnovationTagsSection } from "../components/innovation-tags-section.js";
import { ProcessHeader } from "../components/process-header.js";
import { ProcessPanel } from "../components/process-panel.js";
import { ProcessTabs } from "../components/process-tabs.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { tabFromSlug } from "../model/tabs.js";

export function ProcessDetailPage() {
  const { t } = useTranslation("processes");
  const { id = "" } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const tab = tabFromSlug(searchParams.get("fane"));
  // An address that cannot be a process is «not found» without asking the server.
  const isProcessId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const { data, error, isLoading, reload } = useApi<ProcessDetail>(isProcessId ? `/api/processes/${id}` : null);
  // «Started» is news on arrival only: it goes once the user moves to another section.
  const [createdOnTab] = useState((location.state as { notice?: string } | null)?.notice === "created" ? tab : null);

  // The h1 stays the same element while the data loads, so focus placed on it is not lost.
  return (
    <>
      <BackLink to="/forloeb" label={t("detail.back")} />
      <PageHeading title={data ? data.title : t("detail.title")} />
      {!data && isLoading ? <Loading /> : null}
      {!data && error ? <ErrorState error={error} onRetry={reload} thing="process" /> : null}
      {isProcessId ? null : <ErrorState error={new ApiError(404, "not_found", "")} thing="process" />}
      {data ? (
        <>
          <ProcessHeader process={data} />
          <CaseFromProcess process={data} />
          {createdOnTab === tab ? (
            <Alert variant="success" live>
              <p>{t("create.createdNotice")}</p>
            </Alert>
          ) : null}
          {error ? <ErrorState error={error} onRetry={reload} thing="process" /> : null}
          <ProcessTabs processId={data.id} current={tab} process={data} />
          <ProcessPanel tab={tab} process={data} onChanged={reload} />
          {tab === "overview" ? <InnovationTagsSection process={data} /> : null}
        </>
      ) : null}
    </>
  );
}
