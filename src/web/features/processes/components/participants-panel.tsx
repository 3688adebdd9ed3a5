import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { ParticipantRole } from "../../../../domain/process/schemas.js";
import { apiRequest } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { describeFailure } from "../../../forms/form-check.js";
import type { ProcessDetail, ProcessParticipant } from "../../../../domain/process/views.js";
import { ParticipantAddForm } from "./participant-add-form.js";

/** Who takes part and in which role; those who steer add and remove roles. */
export function ParticipantsPanel({ process, onChanged }: { process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation(["processes", "translation"]);
  const [removing, setRemoving] = useState<ProcessParticipant | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [notice, setNotice] = useState<{ variant: "success" | "error"; text: string } | null>(null);
  const roleOrder = (role: ParticipantRole) =>
    ["need_owner", "developer", "knowledge_partner", "test_site", "funder", "evaluator"].indexOf(role);
  const rows = [...process.participants].sort(
    (a, b) => roleOrder(a.role) - roleOrder(b.role) || a.name.localeCompare(b.name, "da"),
  );

  const remove = async () => {
    if (!removing) {
      return;
    }
    setIsBusy(true);
    try {
      await apiRequest(`/api/processes/${process.id}/participants`, {
        method: "DELETE",
        body: { organisationId: removing.organisationId, role: removing.role },
      });
      setNotice({
        variant: "success",
        text: t("participants.removedNotice", { name: removing.name, role: t(`roles.${removing.role}`) }),
      });
      onChanged();
    } catch (error) {
      const failure = describeFailure(error, {
        forbidden: t("errors.forbidden"),
        notFound: t("errors.notFound"),
        failed: t("errors.saveFailed"),
      });
      setNotice({
        variant: "error",
        text: Object.values(failure.fields)[0] ?? failure.message ?? t("errors.saveFailed"),
      });
    } finally {
      setIsBusy(false);
      setRemoving(null);
    }
  };

  return (
    <>
      <p>{t("participants.intro")}</p>
      <div role="status">
        {notice?.variant === "success" ? (
          <Alert variant="success">
            <p>{notice.text}</p>
          </Alert>
        ) : null}
      </div>
      <div role="alert">
        {notice?.variant === "error" ? (
          <Alert variant="error">
            <p>{notice.text}</p>
          </Alert>
        ) : null}
      </div>
      <div className="process-table-wrap">
        <table className="table table--zebra table--responsive-headers">
          <caption className="sr-only">{t("participants.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("participants.organisation")}</th>
              <th scope="col">{t("participants.kind")}</th>
              <th scope="col">{t("participants.role")}</th>
              {process.canSteer ? (
                <th scope="col">
                  <span className="sr-only">{t("participants.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.organisationId}-${row.role}`}>
                <td data-title={t("participants.organisation")}>
                  <Link to={`/organisationer/${row.organisationId}`}>{row.name}</Link>
                </td>
                <td data-title={t("participants.kind")}>{t(`translation:kinds.${row.kind}`)}</td>
                <td data-title={t("participants.role")}>{t(`roles.${row.role}`)}</td>
                {process.canSteer ? (
                  <td className="table-actions-cell">
                    <button type="button" className="function-link" onClick={() => setRemoving(row)}>
                      {t("participants.remove")}
                      <span className="sr-only">
                        : {t("participants.removeWhat", { name: row.name, role: t(`roles.${row.role}`) })}
                      </span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {process.canSteer ? (
        <ParticipantAddForm
          processId={process.id}
          onAdded={(text) => {
            setNotice({ variant: "success", text });
            onChanged();
          }}
        />
      ) : (
        <p className="form-hint">{t("participants.onlySteering")}</p>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("participants.removeTitle")}
        confirmLabel={t("participants.remove")}
        isDanger
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p>
          {removing ? t("participants.removeText", { name: removing.name, role: t(`roles.${removing.role}`) }) : ""}
        </p>
      </ConfirmDialog>
    </>
  );
}
