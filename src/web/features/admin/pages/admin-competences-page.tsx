import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../../../domain/competence.js";
import { useApi } from "../../../api/use-api.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { AdminTabs } from "../components/admin-tabs.js";
import { Alert } from "../../../components/alert.js";
import { CompetenceCreateForm } from "../components/competence-create-form.js";
import { CompetenceRow } from "../components/competence-row.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";

export function AdminCompetencesPage() {
  const { t } = useTranslation(["translation", "admin"]);
  const competences = useApi<ItemList<Competence>>("/api/competences");
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeading title={t("admin:competences.title")} />
      <AdminTabs />
      <p className="font-lead">{t("admin:competences.intro")}</p>
      {notice ? (
        <Alert variant="success" live>
          <p>{notice}</p>
        </Alert>
      ) : null}
      {competences.error ? <ErrorState error={competences.error} onRetry={competences.reload} /> : null}
      {competences.isLoading && !competences.data ? <Loading /> : null}
      {competences.data ? (
        <table className="table table--zebra competence-table">
          <caption className="sr-only">{t("admin:competences.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin:competences.nameDa")}</th>
              <th scope="col">{t("admin:competences.nameEn")}</th>
              <th scope="col" className="text-right">
                {t("admin:competences.count")}
              </th>
              <th scope="col">{t("admin:competences.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {competences.data.items.map((competence) => (
              <CompetenceRow
                key={competence.id}
                competence={competence}
                onSaved={(saved) => {
                  setNotice(t("admin:competences.renamedNotice", { name: saved.nameDa }));
                  competences.reload();
                }}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      <CompetenceCreateForm
        onCreated={(created) => {
          setNotice(t("admin:competences.addedNotice", { name: created.nameDa }));
          competences.reload();
        }}
      />
    </>
  );
}
