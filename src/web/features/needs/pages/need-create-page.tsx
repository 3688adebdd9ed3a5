import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import type { Need, NeedCreate } from "../../../../domain/needs.js";
import { api } from "../../../api/client.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { NeedForm } from "../components/need-form.js";
import { emptyNeedForm, validateNeedCreate } from "../need-form-state.js";
import { useOwnOrganisation } from "../use-own-organisation.js";

export function NeedCreatePage() {
  const { t } = useTranslation("needs");
  const me = useMe();
  const navigate = useNavigate();
  const own = useOwnOrganisation();
  const competences = useApi<ItemList<Competence>>("/api/competences");
  const staff = isStaff(me);

  const save = async (body: NeedCreate) => {
    const created = await api.post<Need>("/api/needs", body);
    void navigate(`/behov/${created.id}`, { state: { notice: "created" } });
  };

  const isReady = competences.data && (staff || own.isKnown);
  return (
    <>
      <PageHeading title={t("form.createTitle")} />
      <p className="font-lead">{t("form.createIntro")}</p>
      {competences.error ? <ErrorState error={competences.error} onRetry={competences.reload} /> : null}
      {!isReady && !competences.error ? <Loading /> : null}
      {isReady && !staff && !own.isPublic ? (
        <Alert variant="info" heading={t("form.notPublicTitle")}>
          <p>{t("form.notPublicText")}</p>
        </Alert>
      ) : null}
      {isReady && competences.data && (staff || own.isPublic) ? (
        <NeedForm
          initial={emptyNeedForm(own.organisation ? { id: own.organisation.id, name: own.organisation.name } : null)}
          canChooseOwner
          competences={competences.data.items}
          submitLabel={t("form.createSubmit")}
          validate={(state) => validateNeedCreate(state, currentLanguage())}
          save={save}
          onCancel={() => navigate("/behov")}
        />
      ) : null}
    </>
  );
}
