import { useMemo } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import type { Organisation, OrganisationPatch } from "../../../../domain/organisation.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { canEditOrganisation, isStaff } from "../../../auth/permissions.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { formFromOrganisation, validatePatch } from "../forms/organisation-form-state.js";
import { OrganisationForm } from "../forms/organisation-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { ForbiddenPage } from "../../../pages/forbidden-page.js";

export function OrganisationEditPage() {
  const { t } = useTranslation(["translation", "organisations"]);
  const me = useMe();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const organisation = useApi<Organisation>(`/api/organisations/${id}`);
  const competences = useApi<ItemList<Competence>>("/api/competences");
  const initial = useMemo(
    () => (organisation.data ? formFromOrganisation(organisation.data) : null),
    [organisation.data],
  );
  const staff = isStaff(me);

  if (!canEditOrganisation(me, id)) {
    return <ForbiddenPage />;
  }

  const save = async (body: OrganisationPatch) => {
    await api.patch<Organisation>(`/api/organisations/${id}`, body);
    void navigate(`/organisationer/${id}`, { state: { notice: "saved" } });
  };

  const error = organisation.error ?? competences.error;
  return (
    <>
      <PageHeading
        title={
          organisation.data
            ? t("organisations:organisationForm.editTitle", { name: organisation.data.name })
            : t("organisations:organisationForm.editTitleShort")
        }
      />
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            organisation.reload();
            competences.reload();
          }}
        />
      ) : null}
      {organisation.isLoading || competences.isLoading ? <Loading /> : null}
      {initial && competences.data ? (
        <OrganisationForm
          key={organisation.data?.updatedAt}
          initial={initial}
          canChangeIdentity={staff}
          competences={competences.data.items}
          submitLabel={t("organisations:organisationForm.editSubmit")}
          validate={(state) => validatePatch(state, staff, currentLanguage())}
          save={save}
          onCancel={() => navigate(`/organisationer/${id}`)}
        />
      ) : null}
    </>
  );
}
