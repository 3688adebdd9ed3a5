import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { FundingProgrammeInput } from "../../../../domain/funding.js";
import { api } from "../../../api/client.js";
import { BackLink } from "../../../components/back-link.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ProgrammeForm } from "../components/programme-form.js";
import { emptyProgrammeForm } from "../programme-form-state.js";

export function ProgrammeCreatePage() {
  const { t } = useTranslation("needs");
  const navigate = useNavigate();
  const save = async (body: FundingProgrammeInput) => {
    await api.post("/api/funding-programmes", body);
    void navigate("/finansiering", { state: { notice: "created" } });
  };
  return (
    <>
      <BackLink to="/finansiering" label={t("catalogue.backToList")} />
      <PageHeading title={t("programmeForm.createTitle")} />
      <p className="font-lead">{t("programmeForm.createIntro")}</p>
      <ProgrammeForm
        initial={emptyProgrammeForm()}
        submitLabel={t("programmeForm.createSubmit")}
        save={save}
        onCancel={() => navigate("/finansiering")}
      />
    </>
  );
}
