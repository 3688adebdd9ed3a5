import { useTranslation } from "react-i18next";
import type { PublicProgrammeSummary } from "../../../../domain/programme/views.js";
import { useApi } from "../../../api/use-api.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { CollaborationSection } from "../components/collaboration-section.js";

/** The public summary: totals only, never a company's name (the server sends nothing else). */
export function PublicSummaryPage() {
  const { t } = useTranslation("programme");
  const { data, error, isLoading } = useApi<PublicProgrammeSummary>("/api/public/programme");
  return (
    <>
      <PageHeading title={data ? `${t("public.title")}: ${data.programme.name}` : t("public.title")} />
      {error ? <p>{t("public.off")}</p> : null}
      {isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p className="font-lead">{t("public.intro")}</p>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("settings.indicator")}</th>
                <th scope="col">{t("dashboard.actual")}</th>
                <th scope="col">{t("dashboard.target")}</th>
              </tr>
            </thead>
            <tbody>
              {data.indicators.map((item) => (
                <tr key={item.code}>
                  <th scope="row">{item.name}</th>
                  <td>{item.actual ?? t("dashboard.notMeasured")}</td>
                  <td>
                    {item.target} {item.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <CollaborationSection collaboration={data.collaboration} />
        </>
      ) : null}
    </>
  );
}
