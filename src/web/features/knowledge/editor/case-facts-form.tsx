import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import {
  CASE_STATUSES,
  COLLABORATION_MODELS,
  INNOVATION_TYPES,
  KNOWLEDGE_PHASES,
  NOVELTIES,
  PARTY_ROLES,
  SIDES,
  VALUE_TYPES,
  type CaseFacts,
} from "../../../../domain/knowledge/entries.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { LinesField, RemoveButton, RowsFieldset, SelectField, replaceAt } from "./fields.js";

/** Every fact of a case, as OECD-OPSI's sections and the Innovationsbarometer's terms ask for them. */
export function CaseFactsForm({ facts, onChange }: { facts: CaseFacts; onChange: (facts: CaseFacts) => void }) {
  const { t } = useTranslation("knowledge");
  const { t: tc } = useTranslation();
  const set = (change: Partial<CaseFacts>) => onChange({ ...facts, ...change });
  const none = t("editor.none");
  return (
    <>
      <h3 className="h4">{t("editor.classification")}</h3>
      <SelectField
        id="case-status"
        label={t("entry.status")}
        value={facts.status}
        options={CASE_STATUSES}
        labelOf={(value) => t(`statuses.${value}`)}
        onChange={(value) => set({ status: value ?? facts.status })}
      />
      <SelectField
        id="case-phase"
        label={t("entry.phase")}
        value={facts.phase}
        options={KNOWLEDGE_PHASES}
        labelOf={(value) => t(`phases.${value}`)}
        emptyLabel={none}
        onChange={(phase) => set({ phase })}
      />
      <SelectField
        id="case-model"
        label={t("entry.model")}
        value={facts.model}
        options={COLLABORATION_MODELS}
        labelOf={(value) => t(`models.${value}`)}
        emptyLabel={none}
        onChange={(model) => set({ model })}
      />
      <SelectField
        id="case-care-area"
        label={t("entry.careArea")}
        value={facts.careArea}
        options={CARE_AREAS}
        labelOf={(value) => careAreaLabel(tc, value)}
        emptyLabel={none}
        onChange={(careArea) => set({ careArea })}
      />
      <SelectField
        id="case-innovation-type"
        label={t("entry.innovationType")}
        value={facts.innovationType}
        options={INNOVATION_TYPES}
        labelOf={(value) => t(`innovationTypes.${value}`)}
        emptyLabel={none}
        onChange={(innovationType) => set({ innovationType })}
      />
      <SelectField
        id="case-novelty"
        label={t("entry.novelty")}
        value={facts.novelty}
        options={NOVELTIES}
        labelOf={(value) => t(`novelties.${value}`)}
        emptyLabel={none}
        onChange={(novelty) => set({ novelty })}
      />
      <TextField
        id="case-technology"
        label={t("entry.technology")}
        value={facts.technology}
        maxLength={500}
        onChange={(technology) => set({ technology })}
      />
      <TextField
        id="case-funding"
        label={t("entry.funding")}
        value={facts.funding}
        maxLength={1_000}
        onChange={(funding) => set({ funding })}
      />

      <h3 className="h4">{t("editor.story")}</h3>
      <TextareaField
        id="case-need"
        label={t("entry.need")}
        value={facts.need}
        onChange={(need) => set({ need })}
        maxLength={10_000}
      />
      <TextareaField
        id="case-need-evidence"
        label={t("entry.needEvidence")}
        value={facts.needEvidence}
        onChange={(needEvidence) => set({ needEvidence })}
        maxLength={10_000}
      />
      <TextareaField
        id="case-solution"
        label={t("entry.solution")}
        value={facts.solution}
        onChange={(solution) => set({ solution })}
        maxLength={10_000}
      />

      <RowsFieldset
        legend={t("entry.parties")}
        addLabel={t("editor.addParty")}
        onAdd={() =>
          set({ parties: [...facts.parties, { organisationId: null, name: "", side: "public", role: "collaborator" }] })
        }
      >
        {facts.parties.map((party, index) => (
          <div className="knowledge-row" key={index}>
            <TextField
              id={`case-party-${index}-name`}
              label={t("editor.partyName", { number: index + 1 })}
              value={party.name}
              maxLength={200}
              required
              onChange={(name) => set({ parties: replaceAt(facts.parties, index, { name }) })}
            />
            <SelectField
              id={`case-party-${index}-side`}
              label={t("entry.partySide")}
              value={party.side}
              options={SIDES}
              labelOf={(value) => t(`sides.${value}`)}
              onChange={(side) => set({ parties: replaceAt(facts.parties, index, { side: side ?? party.side }) })}
            />
            <SelectField
              id={`case-party-${index}-role`}
              label={t("entry.partyRole")}
              value={party.role}
              options={PARTY_ROLES}
              labelOf={(value) => t(`roles.${value}`)}
              onChange={(role) => set({ parties: replaceAt(facts.parties, index, { role: role ?? party.role }) })}
            />
            <RemoveButton
              label={t("editor.removeParty", { name: party.name || index + 1 })}
              onRemove={() => set({ parties: facts.parties.filter((_, at) => at !== index) })}
            />
          </div>
        ))}
      </RowsFieldset>

      <TextareaField
        id="case-phases-gates"
        label={t("entry.phasesAndGates")}
        value={facts.phasesAndGates}
        onChange={(phasesAndGates) => set({ phasesAndGates })}
        maxLength={10_000}
      />
      <TextareaField
        id="case-test-summary"
        label={t("entry.testSummary")}
        value={facts.testSummary}
        onChange={(testSummary) => set({ testSummary })}
        maxLength={10_000}
      />

      <RowsFieldset
        legend={t("entry.results")}
        addLabel={t("editor.addResult")}
        onAdd={() => set({ publicResults: [...facts.publicResults, { valueType: "quality", text: "", evidence: "" }] })}
      >
        {facts.publicResults.map((result, index) => (
          <div className="knowledge-row" key={index}>
            <SelectField
              id={`case-result-${index}-type`}
              label={t("editor.valueType", { number: index + 1 })}
              value={result.valueType}
              options={VALUE_TYPES}
              labelOf={(value) => t(`valueTypes.${value}`)}
              onChange={(valueType) =>
                set({
                  publicResults: replaceAt(facts.publicResults, index, { valueType: valueType ?? result.valueType }),
                })
              }
            />
            <TextareaField
              id={`case-result-${index}-text`}
              label={t("entry.resultText")}
              value={result.text}
              maxLength={2_000}
              rows={2}
              onChange={(text) => set({ publicResults: replaceAt(facts.publicResults, index, { text }) })}
            />
            <TextareaField
              id={`case-result-${index}-evidence`}
              label={t("entry.resultEvidence")}
              value={result.evidence}
              maxLength={2_000}
              rows={2}
              onChange={(evidence) => set({ publicResults: replaceAt(facts.publicResults, index, { evidence }) })}
            />
            <RemoveButton
              label={t("editor.removeResult", { number: index + 1 })}
              onRemove={() => set({ publicResults: facts.publicResults.filter((_, at) => at !== index) })}
            />
          </div>
        ))}
      </RowsFieldset>

      <TextareaField
        id="case-company-result"
        label={t("entry.companyResult")}
        value={facts.companyResult}
        maxLength={2_000}
        onChange={(companyResult) => set({ companyResult })}
      />
      <TextareaField
        id="case-company-evidence"
        label={t("editor.companyEvidence")}
        value={facts.companyEvidence}
        maxLength={2_000}
        onChange={(companyEvidence) => set({ companyEvidence })}
      />
      <TextareaField
        id="case-lessons"
        label={t("draft.lessonsLabel")}
        value={facts.lessons}
        rows={6}
        onChange={(lessons) => set({ lessons })}
        maxLength={10_000}
      />
      <TextareaField
        id="case-conditions"
        label={t("entry.conditions")}
        value={facts.conditions}
        onChange={(conditions) => set({ conditions })}
        maxLength={10_000}
      />
      <TextField
        id="case-supplied-by"
        label={t("entry.suppliedBy")}
        value={facts.suppliedBy}
        maxLength={300}
        onChange={(suppliedBy) => set({ suppliedBy })}
      />
      <TextField
        id="case-licence"
        label={t("entry.licence")}
        value={facts.licence}
        maxLength={100}
        onChange={(licence) => set({ licence })}
      />
      <LinesField
        id="case-sources"
        label={t("entry.sources")}
        hint={t("editor.oneUrlPerLine")}
        value={facts.sources}
        onChange={(sources) => set({ sources })}
      />
    </>
  );
}
