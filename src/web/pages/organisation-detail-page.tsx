import { useState } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../domain/organisation.js";
import { api } from "../api/client.js";
import { useApi } from "../api/use-api.js";
import { useMe } from "../auth/auth-context.js";
import { canEditOrganisation, isStaff } from "../auth/permissions.js";
import { Alert } from "../components/alert.js";
import { BackLink } from "../components/back-link.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { ErrorState } from "../components/error-state.js";
import { Icon } from "../components/icon.js";
import { Loading } from "../components/loading.js";
import { OrganisationFacts } from "../components/organisation-facts.js";
import { OrganisationLists } from "../components/organisation-lists.js";
import { PageHeading } from "../components/page-heading.js";
import { formatDateTime } from "../components/format.js";
import { currentLanguage } from "../i18n/i18n.js";

export function OrganisationDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = "" } = useParams();
  const { data, error, isLoading, reload } = useApi<Organisation>(`/api/organisations/${id}`);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const location = useLocation();
  const arrivedWith = (location.state as { notice?: "created" | "saved" } | null)?.notice;
  const [notice, setNotice] = useState<{ variant: "success" | "error"; text: string } | null>(
    arrivedWith ? { variant: "success", text: arrivedWith === "created" ? t("organisation.createdNotice") : t("organisation.savedNotice") } : null,
  );
  const [current, setCurrent] = useState<Organisation | null>(null);
  const organisation = current && current.id === id ? current : data;

  const toggleArchived = async () => {
    if (!organisation) {
      return;
    }
    setIsBusy(true);
    try {
      const updated = await api.patch<Organisation>(`/api/organisations/${organisation.id}`, { archived: !organisation.archived });
      setCurrent(updated);
      setNotice({ variant: "success", text: updated.archived ? t("organisation.archivedNotice") : t("organisation.restoredNotice") });
    } catch {
      setNotice({ variant: "error", text: t("errors.saveFailed") });
    } finally {
      setIsBusy(false);
      setIsConfirming(false);
    }
  };

  if (!organisation) {
    return (
      <>
        <PageHeading title={t("organisation.title")} />
        {isLoading ? <Loading /> : null}
        {error ? <ErrorState error={error} onRetry={reload} /> : null}
      </>
    );
  }

  return (
    <>
      <BackLink to="/organisationer" label={t("organisation.backToList")} />
      <PageHeading title={organisation.name} />
      <p className="organisation-badges">
        <span className="badge">{t(`kinds.${organisation.kind}`)}</span>
        {organisation.isSme ? <span className="badge badge-info">{t("organisation.smeBadge")}</span> : null}
        {organisation.archived ? <span className="badge badge-warning">{t("organisation.archivedBadge")}</span> : null}
      </p>
      {notice ? (
        <Alert variant={notice.variant} live>
          <p>{notice.text}</p>
        </Alert>
      ) : null}
      {organisation.archived ? (
        <Alert variant="warning" heading={t("organisation.archivedHeading")}>
          <p>{t("organisation.archivedText")}</p>
        </Alert>
      ) : null}
      <div className="button-group page-actions">
        {canEditOrganisation(me, organisation.id) ? (
          <Link to={`/organisationer/${organisation.id}/rediger`} className="button button-primary">
            <Icon name="edit" />
            {t("organisation.edit")}
          </Link>
        ) : null}
        {isStaff(me) ? (
          <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
            <Icon name={organisation.archived ? "refresh" : "folder"} />
            {organisation.archived ? t("organisation.restore") : t("organisation.archive")}
          </button>
        ) : null}
      </div>

      <OrganisationFacts organisation={organisation} />
      <OrganisationLists organisation={organisation} />

      <p className="form-hint mt-6">
        {t("organisation.timestamps", {
          created: formatDateTime(organisation.createdAt, currentLanguage()),
          updated: formatDateTime(organisation.updatedAt, currentLanguage()),
        })}
      </p>

      <ConfirmDialog
        isOpen={isConfirming}
        title={organisation.archived ? t("organisation.restoreConfirmTitle") : t("organisation.archiveConfirmTitle")}
        confirmLabel={organisation.archived ? t("organisation.restore") : t("organisation.archive")}
        isDanger={!organisation.archived}
        isBusy={isBusy}
        onConfirm={() => void toggleArchived()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          {organisation.archived
            ? t("organisation.restoreConfirmText", { name: organisation.name })
            : t("organisation.archiveConfirmText", { name: organisation.name })}
        </p>
      </ConfirmDialog>
    </>
  );
}
