import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { DisclosureList } from "../../../../domain/disclosures/views.js";
import { useApi } from "../../../api/use-api.js";
import { tabHref } from "../model/tabs.js";

/**
 * On the agreements page, where the procurement basis is settled: how a head start will be neutralised, with
 * the real record behind it (its size here, the list and the pack under «Ligebehandling»).
 */
export function EqualTreatmentSummary({ processId }: { processId: string }) {
  const { t } = useTranslation("processes");
  const { data } = useApi<DisclosureList>(`/api/disclosures/process/${processId}`);
  return (
    <section className="process-model-box" aria-labelledby="equal-treatment-heading">
      <h3 id="equal-treatment-heading" className="h4 mt-0">
        {t("agreements.equalTreatment.heading")}
      </h3>
      <p>{t("agreements.equalTreatment.text")}</p>
      {data ? <p>{t("agreements.equalTreatment.count", { count: data.items.length })}</p> : null}
      <p>
        <Link to={tabHref(processId, "equalTreatment")}>{t("agreements.equalTreatment.link")}</Link>
      </p>
    </section>
  );
}
