import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Competence } from "../../domain/competence.js";
import type { ItemList } from "../../domain/list-views.js";
import { useApi } from "../api/use-api.js";
import { AdminTabs } from "../components/admin-tabs.js";
import { Alert } from "../components/alert.js";
import { CompetenceCreateForm } from "../components/competence-create-form.js";
import { CompetenceRow } from "../components/competence-row.js";
import { ErrorState } from "../components/error-state.js";
import { Loading } from "../components/loading.js";
import { PageHeading } from "../components/page-heading.js";

export function AdminCompetencesPage() {
  const { t } = useTranslation();
  const competences = useApi<ItemList<Competence>>("/api/competences");
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeading title={t("competences.title")} />
      <AdminTabs />
      <p className="font-lead">{t("competences.intro")}</p>
      {notice ? (
        <Alert variant="success" live>
          <p>{notice}</p>
        </Alert>
      ) : null}
      {competences.error ? <ErrorState error={competences.error} onRetry={competences.reload} /> : null}
      {competences.isLoading && !competences.data ? <Loading /> : null}
      {competences.data ? (
        <table className="table table--zebra competence-table">
          <caption className="sr-only">{t("competences.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("competences.nameDa")}</th>
              <th scope="col">{t("competences.nameEn")}</th>
              <th scope="col" className="text-right">
                {t("competences.count")}
              </th>
              <th scope="col">{t("competences.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {competences.data.items.map((competence) => (
              <CompetenceRow
                key={competence.id}
                competence={competence}
                onSaved={(saved) => {
                  setNotice(t("competences.renamedNotice", { name: saved.nameDa }));
                  competences.reload();
                }}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      <CompetenceCreateForm
        onCreated={(created) => {
          setNotice(t("competences.addedNotice", { name: created.nameDa }));
          competences.reload();
        }}
      />
    </>
  );
}
