import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError, api, apiRequest } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { TemplateSummary } from "../../../../domain/assessment/views.js";

export type TemplateChange =
  { kind: "published" | "deleted"; template: TemplateSummary } | { kind: "failed"; message: string };

/** Edit, publish and delete one version (the programme manager); each irreversible step asks first. */
export function TemplateActions({
  template,
  isCompact = false,
  onChanged,
}: {
  template: TemplateSummary;
  isCompact?: boolean;
  onChanged: (change: TemplateChange) => void;
}) {
  const { t } = useTranslation(["assessments", "translation"]);
  const [asking, setAsking] = useState<"publish" | "delete" | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const label = t("templates.versionName", { title: template.title[currentLanguage()], version: template.version });
  const linkClass = isCompact ? "function-link" : "button button-secondary";
  const canDelete = template.status === "draft" && !template.isInUse;

  const run = async () => {
    const action = asking;
    setIsBusy(true);
    try {
      if (action === "publish") {
        await api.post(`/api/assessment-templates/${template.id}/publish`);
      } else {
        await apiRequest<void>(`/api/assessment-templates/${template.id}`, { method: "DELETE" });
      }
      onChanged({ kind: action === "publish" ? "published" : "deleted", template });
    } catch (error) {
      const message =
        error instanceof ApiError
          ? (Object.values(error.fields)[0] ?? error.message)
          : t("translation:errors.saveFailed");
      onChanged({ kind: "failed", message });
    } finally {
      setIsBusy(false);
      setAsking(null);
    }
  };

  return (
    <div className={isCompact ? "template-actions is-compact" : "button-group template-actions"}>
      <Link to={`/vurderinger/skabeloner/${template.id}/rediger`} className={linkClass}>
        {template.status === "draft" ? t("templates.editDraft") : t("templates.editNewVersion")}
        {isCompact ? <span className="sr-only">: {label}</span> : null}
      </Link>
      {template.status === "draft" ? (
        <button
          type="button"
          className={isCompact ? "function-link" : "button button-primary"}
          onClick={() => setAsking("publish")}
        >
          {t("templates.publish")}
          {isCompact ? <span className="sr-only">: {label}</span> : null}
        </button>
      ) : null}
      {canDelete ? (
        <button
          type="button"
          className={isCompact ? "function-link" : "button button-tertiary"}
          onClick={() => setAsking("delete")}
        >
          {t("templates.delete")}
          {isCompact ? <span className="sr-only">: {label}</span> : null}
        </button>
      ) : null}
      <ConfirmDialog
        isOpen={asking !== null}
        title={
          asking === "publish"
            ? t("templates.publishTitle", { version: template.version })
            : t("templates.deleteTitle", { version: template.version })
        }
        confirmLabel={asking === "publish" ? t("templates.publish") : t("templates.delete")}
        isDanger={asking === "delete"}
        isBusy={isBusy}
        onConfirm={() => void run()}
        onCancel={() => setAsking(null)}
      >
        <p>{asking === "publish" ? t("templates.publishText") : t("templates.deleteText")}</p>
      </ConfirmDialog>
    </div>
  );
}
