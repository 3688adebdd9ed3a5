import { useTranslation } from "react-i18next";
import type { BusinessCaseVersion } from "../../../../domain/business-case/views.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { VersionCompare } from "./version-compare.js";
import { VersionSaveForm } from "./version-save-form.js";
import { VersionsTable } from "./versions-table.js";

/** Save the draft as a version, see the saved ones, and compare two. */
export function VersionsPanel({
  caseId,
  canSave,
  isDraftValid,
  isWithheld,
  flush,
  onShowInputs,
}: {
  caseId: string;
  canSave: boolean;
  isDraftValid: boolean;
  isWithheld: boolean;
  flush: () => Promise<boolean>;
  onShowInputs: () => void;
}) {
  const { t } = useTranslation("businessCases");
  const versions = useApi<BusinessCaseVersion[]>(`/api/business-cases/${caseId}/versions`);
  return (
    <>
      {canSave ? (
        <VersionSaveForm
          caseId={caseId}
          isDraftValid={isDraftValid}
          flush={flush}
          onSaved={versions.reload}
          onShowInputs={onShowInputs}
        />
      ) : null}
      <section className="bc-section">
        <h2 id="versions-heading" className="h3">
          {t("versions.listHeading")}
        </h2>
        {versions.error ? <ErrorState error={versions.error} onRetry={versions.reload} /> : null}
        {versions.isLoading && !versions.data ? <Loading label={t("versions.loading")} /> : null}
        {versions.data ? <VersionsTable versions={versions.data} /> : null}
      </section>
      {versions.data ? (
        <section className="bc-section">
          <h2 id="compare-heading" className="h3">
            {t("versions.compareHeading")}
          </h2>
          <VersionCompare key={versions.data.length} caseId={caseId} versions={versions.data} isWithheld={isWithheld} />
        </section>
      ) : null}
    </>
  );
}
