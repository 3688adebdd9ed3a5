import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { describeActivity, type ActivityLine } from "../model/activity.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";

/** The activity log: every change to the process, newest first, with who and when. */
export function ActivityPanel({ process }: { process: ProcessDetail }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const names = new Map(process.participants.map((row) => [row.organisationId, row.name]));

  const sentence = (line: ActivityLine): string => {
    switch (line.kind) {
      case "start":
      case "update":
      case "task_add":
      case "task_update":
      case "task_done":
        return line.title ? t(`activity.${line.kind}`, { title: line.title }) : t(`activity.${line.kind}Plain`);
      case "participant_add":
      case "participant_remove":
        if (!line.role) {
          return t(`activity.${line.kind}Plain`);
        }
        return t(`activity.${line.kind}`, {
          name: (line.organisationId && names.get(line.organisationId)) ?? t("activity.anOrganisation"),
          role: t(`roles.${line.role}`),
        });
      case "gate":
        if (line.isCompleted) {
          return t("activity.gate_completed");
        }
        return line.phase
          ? t(`activity.gate_${line.decision}`, { phase: t(`phases.${line.phase}`) })
          : t("activity.gatePlain", { decision: t(`decisions.${line.decision}`) });
      case "agreement":
        return t("activity.agreement", {
          item: t(`agreementItems.${line.item}`),
          status: line.status ? t(`agreementStatuses.${line.status}`) : "",
        });
      case "test_plan_add":
        return line.what ? t("activity.test_plan_add", { what: line.what }) : t("activity.test_plan_addPlain");
      case "document_upload":
        return line.isHidden || !line.filename
          ? t("activity.document_hidden")
          : t("activity.document_upload", { name: line.filename });
      case "pack_export":
        return t("activity.pack_export");
      default:
        return t("activity.other", { action: line.action });
    }
  };

  if (process.activity.length === 0) {
    return (
      <div className="empty-state">
        <p>{t("activity.empty")}</p>
      </div>
    );
  }
  return (
    <>
      <p>{t("activity.intro")}</p>
      <div className="process-table-wrap">
        <table className="table table--zebra table--responsive-headers activity-table">
          <caption className="sr-only">{t("activity.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("activity.colWhen")}</th>
              <th scope="col">{t("activity.colWho")}</th>
              <th scope="col">{t("activity.colWhat")}</th>
            </tr>
          </thead>
          <tbody>
            {process.activity.map((entry) => {
              const line = describeActivity(entry);
              return (
                <tr key={entry.id}>
                  <td className="nowrap" data-title={t("activity.colWhen")}>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  </td>
                  <td data-title={t("activity.colWho")}>{entry.actor ?? t("activity.system")}</td>
                  <td data-title={t("activity.colWhat")}>
                    {sentence(line)}
                    {line.kind === "gate" && line.rationale ? (
                      <span className="activity-detail">{line.rationale}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
