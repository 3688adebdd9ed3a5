import { useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { COLLABORATION_MODELS, ProcessCreate } from "../../../../domain/process/schemas.js";
import { translateMessage } from "../../../../domain/validation.js";
import { api } from "../../../api/client.js";
import { BackLink } from "../../../components/back-link.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { NeedChecklist } from "../components/need-checklist.js";
import { ParticipantRows, type ParticipantRow } from "../components/participant-rows.js";
import { RadioGroup } from "../components/radio-group.js";
import { UnsavedChangesGuard } from "../components/unsaved-changes-guard.js";
import { checkWith, describeFailure, type FieldErrors } from "../model/form-errors.js";
import type { ProcessSummary } from "../model/types.js";
import { useFieldLabels } from "../model/use-field-labels.js";

const TARGETS = {
  needIds: "field-needIds",
  title: "field-title",
  kind: "field-kind",
  theme: "field-theme",
  description: "field-description",
  collaborationModel: "field-collaborationModel",
  participants: "field-participants-0-role",
  role: "field-participants-0-role",
  organisationId: "field-participants-0-organisationId",
};

/** Starts a process from one or more needs (agents and the programme manager). */
export function ProcessCreatePage() {
  const { t } = useTranslation("processes");
  const labels = useFieldLabels();
  const navigate = useNavigate();
  const language = currentLanguage();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState("");
  const [theme, setTheme] = useState("");
  const [description, setDescription] = useState("");
  const [model, setModel] = useState("");
  const [needIds, setNeedIds] = useState<string[]>([]);
  const [rows, setRows] = useState<ParticipantRow[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const isLeaving = useRef(false);
  const isDirty = title !== "" || kind !== "" || theme !== "" || description !== "" || model !== "" || needIds.length > 0 || rows.length > 0;

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      title,
      kind: kind === "" ? undefined : kind,
      theme,
      description,
      collaborationModel: model === "" ? null : model,
      needIds,
      participants: rows.map((row) => ({ organisationId: row.organisation?.id, role: row.role === "" ? undefined : row.role })),
    };
    const checked = checkWith(ProcessCreate, candidate, language);
    if (!checked.ok) {
      const required = translateMessage("required", language);
      const fields = { ...checked.errors };
      if (kind === "" && fields.kind) {
        fields.kind = required;
      }
      rows.forEach((row, index) => {
        if (row.role === "" && fields[`participants.${index}.role`]) {
          fields[`participants.${index}.role`] = required;
        }
        if (!row.organisation && fields[`participants.${index}.organisationId`]) {
          fields[`participants.${index}.organisationId`] = required;
        }
      });
      show(fields);
      return;
    }
    setIsSaving(true);
    try {
      isLeaving.current = true;
      const created = await api.post<ProcessSummary>("/api/processes", checked.body);
      navigate(`/forloeb/${created.id}`, { state: { notice: "created" } });
    } catch (error) {
      isLeaving.current = false;
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSaving(false);
    }
  };

  const summaryTargets = { ...TARGETS, ...Object.fromEntries(Object.keys(errors).filter((key) => key.startsWith("participants.")).map((key) => [key, `field-${key.replace(/\./g, "-")}`])) };

  return (
    <>
      <BackLink to="/forloeb" label={t("detail.back")} />
      <PageHeading title={t("create.title")} />
      <p className="font-lead">{t("create.intro")}</p>
      <ErrorSummary ref={summary} items={labels.summary(errors, summaryTargets)} message={message} />
      <form className="process-form process-create-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="form-hint">{t("form.requiredNote")}</p>
        <fieldset className="process-fieldset">
          <legend className="h3">{t("create.basicsLegend")}</legend>
          <NeedChecklist id="field-needIds" selected={needIds} onChange={setNeedIds} error={errors.needIds} />
          <TextField id="field-title" label={labels.of("title")} hint={t("create.titleHint")} value={title} onChange={setTitle} error={errors.title} maxLength={200} widthClass="input-width-xl" required />
          <RadioGroup
            id="field-kind"
            name="kind"
            legend={labels.of("kind")}
            value={kind}
            onChange={setKind}
            error={errors.kind}
            required
            options={[
              { value: "individual", label: t("kinds.individual"), hint: t("kindHints.individual") },
              { value: "network", label: t("kinds.network"), hint: t("kindHints.network") },
            ]}
          />
          <TextField id="field-theme" label={labels.of("theme")} hint={t("create.themeHint")} value={theme} onChange={setTheme} error={errors.theme} maxLength={100} widthClass="input-width-l" />
          <TextareaField id="field-description" label={labels.of("description")} hint={t("create.descriptionHint")} value={description} onChange={setDescription} error={errors.description} maxLength={10000} rows={5} />
        </fieldset>
        <fieldset className="process-fieldset">
          <legend className="h3">{t("create.modelLegend")}</legend>
          <RadioGroup
            id="field-collaborationModel"
            name="collaborationModel"
            legend={t("create.modelChoose")}
            hint={t("create.modelHint")}
            value={model}
            onChange={setModel}
            error={errors.collaborationModel}
            options={[
              ...COLLABORATION_MODELS.map((value) => ({ value, label: t(`models.${value}`), hint: t(`modelTexts.${value}`) })),
              { value: "", label: t("models.none"), hint: t("modelTexts.none") },
            ]}
          />
        </fieldset>
        <ParticipantRows rows={rows} onChange={setRows} errors={errors} />
        <div className="button-group form-actions">
          <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving || undefined}>
            {isSaving ? t("form.saving") : t("create.submit")}
          </button>
          <button type="button" className="button button-secondary" onClick={() => navigate("/forloeb")}>
            {t("form.cancel")}
          </button>
        </div>
      </form>
      <UnsavedChangesGuard isDirty={isDirty} isLeavingAfterSave={isLeaving} />
    </>
  );
}
