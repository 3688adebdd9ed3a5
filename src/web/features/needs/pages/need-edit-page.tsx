import { useMemo } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import type { Need, NeedPatch } from "../../../../domain/needs.js";
import { api } from "../../../api/client.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { NeedForm } from "../components/need-form.js";
import { needFormFromNeed, validateNeedPatch } from "../need-form-state.js";

/** Everyone who may see a need may change it (the server's rule), so the page needs no role check. */
export function NeedEditPage() {
  const { t } = useTranslation("needs");
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const need = useApi<Need>(`/api/needs/${id}`);
  const competences = useApi<ItemList<Competence>>("/api/competences");
  const initial = useMemo(() => (need.data ? needFormFromNeed(need.data) : null), [need.data]);

  const save = async (body: NeedPatch) => {
    await api.patch<Need>(`/api/needs/${id}`, body);
    void navigate(`/behov/${id}`, { state: { notice: "saved" } });
  };

  const error = need.error ?? competences.error;
  return (
    <>
      <BackLink to={`/behov/${id}`} label={need.data ? need.data.title : t("detail.title")} />
      <PageHeading title={need.data ? t("form.editTitle", { title: need.data.title }) : t("form.editTitleShort")} />
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            need.reload();
            competences.reload();
          }}
        />
      ) : null}
      {need.isLoading || competences.isLoading ? <Loading /> : null}
      {initial && competences.data ? (
        <NeedForm
          key={need.data?.updatedAt}
          initial={initial}
          canChooseOwner={false}
          competences={competences.data.items}
          submitLabel={t("form.editSubmit")}
          validate={(state) => validateNeedPatch(state, currentLanguage())}
          save={save}
          onCancel={() => navigate(`/behov/${id}`)}
        />
      ) : null}
    </>
  );
}
