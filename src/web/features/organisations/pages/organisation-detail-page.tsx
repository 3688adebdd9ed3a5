import { useState } from "react";
import { useLocation, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../domain/organisation.js";
import { useApi } from "../../../api/use-api.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { OrganisationView, type Notice } from "../components/organisation-view.js";
import { PageHeading } from "../../../components/page-heading.js";

export function OrganisationDetailPage() {
  const { t } = useTranslation(["translation", "organisations"]);
  const { id = "" } = useParams();
  const location = useLocation();
  const { data, error, isLoading, reload } = useApi<Organisation>(`/api/organisations/${id}`);
  const [current, setCurrent] = useState<Organisation | null>(null);
  const arrivedWith = (location.state as { notice?: "created" | "saved" } | null)?.notice;
  const [notice, setNotice] = useState<Notice | null>(
    arrivedWith
      ? {
          variant: "success",
          text:
            arrivedWith === "created"
              ? t("organisations:organisation.createdNotice")
              : t("organisations:organisation.savedNotice"),
        }
      : null,
  );
  const organisation = current ?? data;

  // The h1 stays the same element while the data loads, so focus placed on it is not lost.
  return (
    <>
      <BackLink to="/organisationer" label={t("organisations:organisation.backToList")} />
      <PageHeading title={organisation ? organisation.name : t("organisations:organisation.title")} />
      {!organisation && isLoading ? <Loading /> : null}
      {!organisation && error ? <ErrorState error={error} onRetry={reload} thing="organisation" /> : null}
      {organisation ? (
        <OrganisationView
          organisation={organisation}
          notice={notice}
          onChanged={(updated, changeNotice) => {
            setCurrent(updated);
            setNotice(changeNotice);
          }}
        />
      ) : null}
    </>
  );
}
