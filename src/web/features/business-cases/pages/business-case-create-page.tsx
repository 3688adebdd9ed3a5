import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BusinessCaseCreate } from "../../../../domain/business-case/requests.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { api } from "../../../api/client.js";
import { useMe } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { CreateForm } from "../components/create-form.js";
import { useOwnParty } from "../hooks/use-own-party.js";
import type { CreateFormState } from "../model/create-form.js";

const EMPTY: CreateFormState = { title: "", publicOrganisation: null, company: null, need: null, process: null };

/** A new case. Staff choose both parties; a member's own organisation is filled in and fixed. */
export function BusinessCaseCreatePage() {
  const { t } = useTranslation("businessCases");
  const me = useMe();
  const navigate = useNavigate();
  const own = useOwnParty(me);

  const save = async (body: BusinessCaseCreate) => {
    const created = await api.post<BusinessCase>("/api/business-cases", body);
    void navigate(`/business-cases/${created.id}`, { state: { notice: "created" } });
  };
  const cancel = () => navigate("/business-cases");

  const renderForm = () => {
    if (own.side === "staff") {
      return <CreateForm initial={EMPTY} fixed={null} save={save} onCancel={cancel} />;
    }
    if (own.error) {
      return <ErrorState error={own.error} onRetry={own.reload} />;
    }
    if (own.isLoading) {
      return <Loading />;
    }
    if (own.side === "none" || !own.organisation) {
      return (
        <Alert variant="info">
          <p>{t("create.cannotCreate")}</p>
        </Alert>
      );
    }
    const isPublic = own.side === "public";
    return (
      <CreateForm
        initial={{ ...EMPTY, ...(isPublic ? { publicOrganisation: own.organisation } : { company: own.organisation }) }}
        fixed={own.side}
        publicChoices={isPublic ? [own.organisation, ...own.units] : []}
        save={save}
        onCancel={cancel}
      />
    );
  };

  return (
    <>
      <BackLink to="/business-cases" label={t("editor.backToList")} />
      <PageHeading title={t("create.title")} />
      <p className="font-lead">{t("create.intro")}</p>
      {renderForm()}
    </>
  );
}
