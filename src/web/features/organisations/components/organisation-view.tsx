import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../domain/organisation.js";
import { api } from "../../../api/client.js";
import { useMe } from "../../../auth/auth-context.js";
import { canEditOrganisation, isStaff } from "../../../auth/permissions.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { Alert } from "../../../components/alert.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { formatDateTime } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { OrganisationFacts } from "./organisation-facts.js";
import { OrganisationLists } from "./organisation-lists.js";
import { AreaAdoptionsSection } from "../../knowledge/adoptions/area-adoptions-section.js";
import { OrganisationStory } from "./story/organisation-story.js";

export interface Notice {
  variant: "success" | "error";
  text: string;
}

/** Everything on an organisation's page under its h1: badges, actions, facts and lists. */
export function OrganisationView({
  organisation,
  notice,
  onChanged,
}: {
  organisation: Organisation;
  notice: Notice | null;
  onChanged: (updated: Organisation, notice: Notice) => void;
}) {
  const { t } = useTranslation(["translation", "organisations"]);
  const me = useMe();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const language = currentLanguage();

  const toggleArchived = async () => {
    setIsBusy(true);
    setFailure(null);
    try {
      const updated = await api.patch<Organisation>(`/api/organisations/${organisation.id}`, {
        archived: !organisation.archived,
      });
      onChanged(updated, {
        variant: "success",
        text: updated.archived
          ? t("organisations:organisation.archivedNotice")
          : t("organisations:organisation.restoredNotice"),
      });
    } catch {
      setFailure(t("errors.saveFailed"));
    } finally {
      setIsBusy(false);
      setIsConfirming(false);
    }
  };

  return (
    <>
      <p className="organisation-badges">
        <span className="badge">{t(`kinds.${organisation.kind}`)}</span>
        {organisation.isSme ? (
          <span className="badge badge-info">{t("organisations:organisation.smeBadge")}</span>
        ) : null}
        {organisation.archived ? (
          <span className="badge badge-warning">{t("organisations:organisation.archivedBadge")}</span>
        ) : null}
      </p>
      {notice ? (
        <Alert variant={notice.variant} live>
          <p>{notice.text}</p>
        </Alert>
      ) : null}
      {failure ? (
        <Alert variant="error" live>
          <p>{failure}</p>
        </Alert>
      ) : null}
      {organisation.archived ? (
        <Alert variant="warning" heading={t("organisations:organisation.archivedHeading")}>
          <p>{t("organisations:organisation.archivedText")}</p>
        </Alert>
      ) : null}
      <div className="button-group page-actions">
        {canEditOrganisation(me, organisation.id) ? (
          <Link to={`/organisationer/${organisation.id}/rediger`} className="button button-primary">
            <Icon name="edit" />
            {t("organisations:organisation.edit")}
          </Link>
        ) : null}
        {isStaff(me) ? (
          <Link to={`/kontaktlog?organisationId=${organisation.id}`} className="button button-secondary">
            {t("organisations:organisation.outreach")}
          </Link>
        ) : null}
        {isStaff(me) ? (
          <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
            <Icon name={organisation.archived ? "refresh" : "folder"} />
            {organisation.archived ? t("organisations:organisation.restore") : t("organisations:organisation.archive")}
          </button>
        ) : null}
      </div>

      <OrganisationFacts organisation={organisation} />
      <OrganisationLists organisation={organisation} />
      <AreaAdoptionsSection organisation={organisation} />
      <OrganisationStory organisation={organisation} />

      <p className="form-hint mt-6">
        {t("organisations:organisation.timestamps", {
          created: formatDateTime(organisation.createdAt, language),
          updated: formatDateTime(organisation.updatedAt, language),
        })}
      </p>

      <ConfirmDialog
        isOpen={isConfirming}
        title={
          organisation.archived
            ? t("organisations:organisation.restoreConfirmTitle")
            : t("organisations:organisation.archiveConfirmTitle")
        }
        confirmLabel={
          organisation.archived ? t("organisations:organisation.restore") : t("organisations:organisation.archive")
        }
        isDanger={!organisation.archived}
        isBusy={isBusy}
        onConfirm={() => void toggleArchived()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          {organisation.archived
            ? t("organisations:organisation.restoreConfirmText", { name: organisation.name })
            : t("organisations:organisation.archiveConfirmText", { name: organisation.name })}
        </p>
      </ConfirmDialog>
    </>
  );
}
