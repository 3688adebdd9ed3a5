import { useEffect, useRef, useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import { formatDateTime } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { CollaborationModelInfo } from "./collaboration-model-info.js";
import { PhaseStepper } from "./phase-stepper.js";
import { ProcessEditForm } from "./process-edit-form.js";

/** Where the process stands, what it is about, and (for those who steer) its basic facts to edit. */
export function OverviewPanel({ process, onChanged }: { process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const [isEditing, setIsEditing] = useState(false);
  const [notice, setNotice] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from the form, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !isEditing) {
      editButton.current?.focus();
    }
    wasEditing.current = isEditing;
  }, [isEditing]);

  if (isEditing) {
    return (
      <ProcessEditForm
        process={process}
        onCancel={() => setIsEditing(false)}
        onSaved={() => {
          setIsEditing(false);
          setNotice(t("overview.savedNotice"));
          onChanged();
        }}
      />
    );
  }

  return (
    <>
      <div role="status">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      {process.status === "stopped" ? (
        <Alert variant="info" heading={t("overview.stoppedHeading")}>
          <p>{t("overview.stoppedText")}</p>
          {process.lessonsLearned ? <p className="process-lessons">{process.lessonsLearned}</p> : null}
        </Alert>
      ) : null}
      {process.status === "completed" ? (
        <Alert variant="success" heading={t("overview.completedHeading")}>
          <p>{t("overview.completedText")}</p>
        </Alert>
      ) : null}
      <div className="process-overview">
        <div className="process-overview-steps">
          <h3 className="h4 mt-0">{t("overview.phasesHeading")}</h3>
          <p className="form-hint">{t("overview.phasesHint")}</p>
          <PhaseStepper process={process} />
        </div>
        <div className="process-overview-facts">
          <h3 className="h4 mt-0">{t("overview.aboutHeading")}</h3>
          {process.theme ? <p>{t("board.themeValue", { theme: process.theme })}</p> : null}
          <p className="process-description">{process.description || t("overview.noDescription")}</p>
          <h3 className="h4">{t("overview.needsHeading")}</h3>
          {process.needs.length > 0 ? (
            <ul className="process-needs">
              {process.needs.map((need) => (
                <li key={need.id}>
                  <Link to={`/behov/${need.id}`}>{need.title}</Link>{" "}
                  <span className="text-muted">· {need.ownerName}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t("overview.noNeeds")}</p>
          )}
          <CollaborationModelInfo model={process.collaborationModel} />
          <p className="form-hint">
            {t("overview.timestamps", {
              created: formatDateTime(process.createdAt, language),
              updated: formatDateTime(process.updatedAt, language),
            })}
          </p>
          {process.canSteer ? (
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              onClick={() => setIsEditing(true)}
            >
              <Icon name="edit" />
              {t("overview.edit")}
            </button>
          ) : null}
        </div>
      </div>
    </>
  );
}
