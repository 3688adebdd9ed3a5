import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import type { Organisation, OrganisationCreate } from "../../../../domain/organisation.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { emptyForm, validateCreate } from "../forms/organisation-form-state.js";
import { OrganisationForm } from "../forms/organisation-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";

export function OrganisationCreatePage() {
  const { t } = useTranslation(["translation", "organisations"]);
  const navigate = useNavigate();
  const competences = useApi<ItemList<Competence>>("/api/competences");

  const save = async (body: OrganisationCreate) => {
    const created = await api.post<Organisation>("/api/organisations", body);
    void navigate(`/organisationer/${created.id}`, { state: { notice: "created" } });
  };

  return (
    <>
      <PageHeading title={t("organisations:organisationForm.createTitle")} />
      <p className="font-lead">{t("organisations:organisationForm.createIntro")}</p>
      {competences.error ? <ErrorState error={competences.error} onRetry={competences.reload} /> : null}
      {competences.isLoading ? <Loading /> : null}
      {competences.data ? (
        <OrganisationForm
          initial={emptyForm()}
          canChangeIdentity
          competences={competences.data.items}
          submitLabel={t("organisations:organisationForm.createSubmit")}
          validate={(state) => validateCreate(state, currentLanguage())}
          save={save}
          onCancel={() => navigate("/organisationer")}
        />
      ) : null}
    </>
  );
}
