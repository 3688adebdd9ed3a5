import { useMemo } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { FundingProgramme, FundingProgrammeInput } from "../../../../domain/funding.js";
import { apiRequest } from "../../../api/client.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ProgrammeForm } from "../components/programme-form.js";
import { programmeFormFrom } from "../programme-form-state.js";

/** The API has no single-programme GET, so the programme is found in the catalogue. */
export function ProgrammeEditPage() {
  const { t } = useTranslation("needs");
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const programmes = useApi<ItemList<FundingProgramme>>("/api/funding-programmes");
  const programme = programmes.data?.items.find((item) => item.id === id);
  const initial = useMemo(() => (programme ? programmeFormFrom(programme) : null), [programme]);

  const save = async (body: FundingProgrammeInput) => {
    await apiRequest(`/api/funding-programmes/${id}`, { method: "PUT", body });
    void navigate("/finansiering", { state: { notice: "saved" } });
  };

  return (
    <>
      <BackLink to="/finansiering" label={t("catalogue.backToList")} />
      <PageHeading
        title={programme ? t("programmeForm.editTitle", { name: programme.name }) : t("programmeForm.editTitleShort")}
      />
      {programmes.error ? <ErrorState error={programmes.error} onRetry={programmes.reload} /> : null}
      {programmes.isLoading ? <Loading /> : null}
      {programmes.data && !programme ? (
        <Alert variant="error">
          <p>{t("programmeForm.notFound")}</p>
        </Alert>
      ) : null}
      {initial ? (
        <ProgrammeForm
          initial={initial}
          submitLabel={t("programmeForm.editSubmit")}
          save={save}
          onCancel={() => navigate("/finansiering")}
        />
      ) : null}
    </>
  );
}
