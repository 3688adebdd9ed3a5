import { useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { SeminarCreate } from "../../../../domain/seminars/schemas.js";
import type { SeminarDetail } from "../../../../domain/seminars/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SeminarForm } from "../components/seminar-form.js";
import { emptySeminarForm, seminarFormFrom } from "../seminar-form-state.js";

/** Staff: plan a new seminar (a draft until it is published from the seminar's page). */
export function SeminarCreatePage() {
  const { t } = useTranslation("seminars");
  const navigate = useNavigate();
  const [initial] = useState(() => emptySeminarForm(new Date()));
  const save = async (body: SeminarCreate) => {
    const created = await api.post<SeminarDetail>("/api/seminars", body);
    void navigate(`/seminarer/${created.id}`, { state: { notice: "created" } });
  };
  return (
    <>
      <BackLink to="/seminarer" label={t("detail.back")} />
      <PageHeading title={t("plan.createTitle")} />
      <p className="font-lead">{t("plan.createIntro")}</p>
      <SeminarForm
        initial={initial}
        submitLabel={t("plan.createSubmit")}
        save={save}
        onCancel={() => void navigate("/seminarer")}
      />
    </>
  );
}

/** Staff: change a planned seminar; the minutes are not part of this form (the participants page keeps them). */
export function SeminarEditPage() {
  const { t } = useTranslation("seminars");
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const seminar = useApi<SeminarDetail>(`/api/seminars/${id}`);
  const data = seminar.data?.id === id ? seminar.data : undefined;
  const save = async (body: SeminarCreate) => {
    const { minutes: _minutes, ...patch } = body;
    await api.patch(`/api/seminars/${id}`, patch);
    void navigate(`/seminarer/${id}`, { state: { notice: "saved" } });
  };
  const isLocked = data?.status === "closed" || data?.status === "cancelled";
  return (
    <>
      <BackLink to={`/seminarer/${id}`} label={t("plan.backToSeminar")} />
      <PageHeading title={data ? t("plan.editTitle", { title: data.title }) : t("plan.editTitleShort")} />
      {!data && seminar.isLoading ? <Loading /> : null}
      {!data && seminar.error ? <ErrorState error={seminar.error} onRetry={seminar.reload} /> : null}
      {data && isLocked ? (
        <Alert variant="info">
          <p>{t("plan.locked")}</p>
        </Alert>
      ) : null}
      {data && !isLocked ? (
        <SeminarForm
          initial={seminarFormFrom(data)}
          submitLabel={t("plan.editSubmit")}
          save={save}
          onCancel={() => void navigate(`/seminarer/${id}`)}
          isPublished={data.status === "published"}
          places={data.places}
        />
      ) : null}
    </>
  );
}
