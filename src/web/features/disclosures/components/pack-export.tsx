import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PackKind } from "../../../../domain/disclosures/schemas.js";
import type { PackSummary } from "../../../../domain/disclosures/views.js";
import { api } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { Icon } from "../../../components/icon.js";

/**
 * Export before a tender: first what the pack will hold (records, files, companies, what is withheld as
 * confidential), then the download. The export itself is written to the audit log.
 */
export function PackExport({ kind, contextId }: { kind: PackKind; contextId: string }) {
  const { t } = useTranslation("disclosures");
  const [summary, setSummary] = useState<PackSummary | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const base = `/api/disclosures/${kind}/${contextId}/pack`;
  const prepare = () => {
    setState("loading");
    api.get<PackSummary>(`${base}/summary`).then(
      (answer) => {
        setSummary(answer);
        setState("idle");
      },
      () => setState("failed"),
    );
  };
  return (
    <section className="disclosure-pack" aria-labelledby="disclosure-pack-heading">
      <h3 id="disclosure-pack-heading" className="h4">
        {t("pack.heading")}
      </h3>
      <p>{t("pack.intro")}</p>
      {state === "failed" ? (
        <Alert variant="error" live>
          <p>{t("pack.failed")}</p>
        </Alert>
      ) : null}
      {summary ? (
        <div className="disclosure-pack-confirm" role="region" aria-labelledby="disclosure-pack-confirm-heading">
          <h4 id="disclosure-pack-confirm-heading" className="h5">
            {t("pack.confirmHeading")}
          </h4>
          <p>{t("pack.contents", { count: summary.included, files: summary.files })}</p>
          <p>
            {summary.participants.length > 0
              ? t("pack.participants", { names: summary.participants.map((item) => item.name).join(", ") })
              : t("pack.noParticipants")}
          </p>
          {summary.withheld.length > 0 ? (
            <>
              <p>{t("pack.withheld")}</p>
              <ul>
                {summary.withheld.map((item) => (
                  <li key={item.id}>{item.title}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="button-group">
            <a href={base} download className="button button-primary">
              <Icon name="download" />
              {t("pack.download")}
            </a>
            <button type="button" className="button button-secondary" onClick={() => setSummary(null)}>
              {t("pack.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={prepare}
          disabled={state === "loading"}
          aria-busy={state === "loading" || undefined}
        >
          {state === "loading" ? t("pack.preparing") : t("pack.prepare")}
        </button>
      )}
    </section>
  );
}
