import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  EVALUATIONS,
  INITIATORS,
  INNOVATION_TYPES,
  InnovationTags,
  NOVELTIES,
  VALUE_TYPES,
} from "../../../../domain/programme/tags.js";
import type { ProcessTagsView } from "../../../../domain/programme/views.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { FormActions } from "../../../forms/form-actions.js";
import { checkWith } from "../../../forms/form-check.js";
import { SelectField } from "../../../forms/select-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";

const TARGETS = {
  innovationType: "tags-type",
  novelty: "tags-novelty",
  initiator: "tags-initiator",
  valueTypes: "tags-values",
  evaluation: "tags-evaluation",
} as const;

type Values = Record<"innovationType" | "novelty" | "initiator" | "evaluation", string> & { valueTypes: string[] };

const toValues = (tags: InnovationTags): Values => ({
  innovationType: tags.innovationType ?? "",
  novelty: tags.novelty ?? "",
  initiator: tags.initiator ?? "",
  valueTypes: tags.valueTypes,
  evaluation: tags.evaluation ?? "",
});

const orNull = (value: string) => (value === "" ? null : value);

/**
 * The process's Innovationsbarometer tags (the categories of the national survey), beside its partners
 * by kind and role, which come from the participants. Those who steer the process edit them; the
 * programme's collaboration statistics count them.
 */
export function InnovationTagsSection({ process }: { process: ProcessDetail }) {
  const { t } = useTranslation("processes");
  const { data, error, reload } = useApi<ProcessTagsView>(`/api/processes/${process.id}/innovation-tags`);
  // Kept here, not in the form: the form is remounted with the saved tags, and the notice must outlive that.
  const [notice, setNotice] = useState("");
  // One line per organisation with all its roles (an organisation may be both need owner and test site).
  type Participant = ProcessDetail["participants"][number];
  const partners: (Participant & { roles: Participant["role"][] })[] = [];
  for (const participant of process.participants) {
    const known = partners.find((partner) => partner.organisationId === participant.organisationId);
    if (known) {
      known.roles.push(participant.role);
    } else {
      partners.push({ ...participant, roles: [participant.role] });
    }
  }
  return (
    <section className="process-tags" aria-labelledby="tags-heading">
      <h2 className="h3" id="tags-heading">
        {t("tags.heading")}
      </h2>
      <p>{t("tags.intro")}</p>
      <h3 className="h5">{t("tags.partners")}</h3>
      {partners.length > 0 ? (
        <ul>
          {partners.map((partner) => (
            <li key={partner.organisationId}>
              {partner.name}: {t(`kinds.${partner.kind}`, { ns: "translation" })},{" "}
              {partner.roles.map((role) => t(`roles.${role}`).toLowerCase()).join(", ")}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("tags.noPartners")}</p>
      )}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {data ? (
        <TagsForm
          key={JSON.stringify(data.tags)}
          process={process}
          tags={data.tags}
          notice={notice}
          onSaved={() => {
            setNotice(t("tags.saved"));
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

function TagsForm({
  process,
  tags,
  notice,
  onSaved,
}: {
  process: ProcessDetail;
  tags: InnovationTags;
  notice: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation("processes");
  const form = useSchemaForm({
    initial: toValues(tags),
    check: (values, language) =>
      checkWith(
        InnovationTags,
        {
          innovationType: orNull(values.innovationType),
          novelty: orNull(values.novelty),
          initiator: orNull(values.initiator),
          valueTypes: values.valueTypes,
          evaluation: orNull(values.evaluation),
        },
        language,
      ),
    save: (body) => api.put(`/api/processes/${process.id}/innovation-tags`, body),
    onSaved,
    fields: Object.keys(TARGETS),
  });
  const { values, errors, set } = form;
  // One typed lookup per group: the texts' keys are checked against the domain's lists.
  const labels = {
    innovationType: (value: string) => t(`tags.innovationType.${value as (typeof INNOVATION_TYPES)[number]}`),
    novelty: (value: string) => t(`tags.novelty.${value as (typeof NOVELTIES)[number]}`),
    initiator: (value: string) => t(`tags.initiator.${value as (typeof INITIATORS)[number]}`),
    valueTypes: (value: string) => t(`tags.valueTypes.${value as (typeof VALUE_TYPES)[number]}`),
    evaluation: (value: string) => t(`tags.evaluation.${value as (typeof EVALUATIONS)[number]}`),
  };
  const label = (group: keyof typeof labels, value: string) => labels[group](value);

  if (!process.canSteer) {
    const none = t("tags.notSet");
    return (
      <dl className="process-tags-facts">
        <dt>{t("tags.innovationType.label")}</dt>
        <dd>{tags.innovationType ? label("innovationType", tags.innovationType) : none}</dd>
        <dt>{t("tags.novelty.label")}</dt>
        <dd>{tags.novelty ? label("novelty", tags.novelty) : none}</dd>
        <dt>{t("tags.initiator.label")}</dt>
        <dd>{tags.initiator ? label("initiator", tags.initiator) : none}</dd>
        <dt>{t("tags.valueTypes.label")}</dt>
        <dd>{tags.valueTypes.map((value) => label("valueTypes", value)).join(", ") || none}</dd>
        <dt>{t("tags.evaluation.label")}</dt>
        <dd>{tags.evaluation ? label("evaluation", tags.evaluation) : none}</dd>
      </dl>
    );
  }

  const select = (group: "innovationType" | "novelty" | "initiator" | "evaluation", options: readonly string[]) => (
    <SelectField
      id={TARGETS[group]}
      label={t(`tags.${group}.label`)}
      value={values[group]}
      onChange={set(group)}
      error={errors[group]}
    >
      <option value="">{t("tags.notSet")}</option>
      {options.map((value) => (
        <option key={value} value={value}>
          {label(group, value)}
        </option>
      ))}
    </SelectField>
  );

  return (
    <form onSubmit={form.submit} noValidate className="process-form">
      <div role="status">
        {notice && !form.isDirty ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary
        ref={form.summaryRef}
        items={(Object.keys(TARGETS) as (keyof typeof TARGETS)[])
          .filter((field) => errors[field])
          .map((field) => ({ target: TARGETS[field], label: t(`tags.${field}.label`), message: errors[field] ?? "" }))}
        message={form.message}
      />
      {select("innovationType", INNOVATION_TYPES)}
      {select("novelty", NOVELTIES)}
      {select("initiator", INITIATORS)}
      <CheckboxGroup
        id={TARGETS.valueTypes}
        legend={t("tags.valueTypes.label")}
        options={VALUE_TYPES.map((value) => ({ value, label: label("valueTypes", value) }))}
        selected={values.valueTypes}
        onChange={set("valueTypes")}
        error={errors.valueTypes}
      />
      {select("evaluation", EVALUATIONS)}
      <FormActions isSaving={form.isSaving} submitLabel={t("tags.save")} />
    </form>
  );
}
