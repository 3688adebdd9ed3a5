import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DisclosureContextKind } from "../../../../domain/disclosures/schemas.js";
import type { DisclosureList } from "../../../../domain/disclosures/views.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { DisclosureForm } from "./disclosure-form.js";
import { DisclosureTable } from "./disclosure-table.js";
import { PackExport } from "./pack-export.js";

/**
 * The equal-treatment record of a process, need or call: the list (a company sees what it received), and for
 * the owner side the form and the neutralisation pack. Headings start at h3 (the page's panel has the h2).
 */
export function DisclosuresSection({ kind, contextId }: { kind: DisclosureContextKind; contextId: string }) {
  const { t } = useTranslation("disclosures");
  const { data, error, isLoading, reload } = useApi<DisclosureList>(`/api/disclosures/${kind}/${contextId}`);
  const [notice, setNotice] = useState("");
  if (!data) {
    return isLoading ? <Loading /> : error ? <ErrorState error={error} onRetry={reload} /> : null;
  }
  return (
    <div className="disclosures">
      <p>{data.canManage ? t("intro") : t("companyIntro")}</p>
      {data.canManage && kind !== "need" ? <p className="form-hint">{t("automaticHint")}</p> : null}
      <DisclosureTable list={data} kind={kind} contextId={contextId} />
      <div role="status">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      {data.canManage && (kind === "need" || kind === "process") ? (
        <PackExport kind={kind} contextId={contextId} />
      ) : null}
      {data.canManage ? (
        <DisclosureForm
          kind={kind}
          contextId={contextId}
          list={data}
          onSaved={(text) => {
            setNotice(text);
            reload();
          }}
        />
      ) : null}
    </div>
  );
}
