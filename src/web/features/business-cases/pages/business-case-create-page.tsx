import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BusinessCaseCreate } from "../../../../domain/business-case/requests.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { isPublicKind, type Organisation } from "../../../../domain/organisation.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { CreateForm } from "../components/create-form.js";
import type { CreateFormState } from "../model/create-form.js";

const EMPTY: CreateFormState = { title: "", publicOrganisation: null, company: null, need: null, process: null };

/** A new case. Staff choose both parties; a member's own organisation is filled in and fixed. */
export function BusinessCaseCreatePage() {
  const { t } = useTranslation("businessCases");
  const me = useMe();
  const navigate = useNavigate();
  const own = useApi<Organisation>(!isStaff(me) && me.organisationId ? `/api/organisations/${me.organisationId}` : null);

  const save = async (body: BusinessCaseCreate) => {
    const created = await api.post<BusinessCase>("/api/business-cases", body);
    navigate(`/business-cases/${created.id}`, { state: { notice: "created" } });
  };

  const renderForm = () => {
    if (isStaff(me)) {
      return <CreateForm initial={EMPTY} fixed={null} save={save} onCancel={() => navigate("/business-cases")} />;
    }
    if (own.error) {
      return <ErrorState error={own.error} onRetry={own.reload} />;
    }
    if (!me.organisationId || (own.data && !isPublicKind(own.data.kind) && own.data.kind !== "company")) {
      return (
        <Alert variant="info">
          <p>{t("create.cannotCreate")}</p>
        </Alert>
      );
    }
    if (!own.data) {
      return <Loading />;
    }
    const mine = { id: own.data.id, name: own.data.name };
    const isPublic = isPublicKind(own.data.kind);
    return (
      <CreateForm
        initial={{ ...EMPTY, ...(isPublic ? { publicOrganisation: mine } : { company: mine }) }}
        fixed={isPublic ? "public" : "company"}
        save={save}
        onCancel={() => navigate("/business-cases")}
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
