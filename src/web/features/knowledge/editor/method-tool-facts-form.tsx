import { useTranslation } from "react-i18next";
import { KNOWLEDGE_PHASES, SIDES, type MethodFacts, type ToolFacts } from "../../../../domain/knowledge/entries.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { CheckboxesField, LinesField, RemoveButton, RowsFieldset, SelectField, replaceAt } from "./fields.js";

/** A method's facts: when to use it, its steps and pitfalls, phase, the sides it is for, sources. */
export function MethodFactsForm({ facts, onChange }: { facts: MethodFacts; onChange: (facts: MethodFacts) => void }) {
  const { t } = useTranslation("knowledge");
  const set = (change: Partial<MethodFacts>) => onChange({ ...facts, ...change });
  return (
    <>
      <TextareaField
        id="method-when"
        label={t("entry.whenToUse")}
        value={facts.whenToUse}
        onChange={(whenToUse) => set({ whenToUse })}
        maxLength={10_000}
      />
      <LinesField
        id="method-steps"
        label={t("entry.steps")}
        hint={t("editor.onePerLine")}
        value={facts.steps}
        onChange={(steps) => set({ steps })}
      />
      <LinesField
        id="method-pitfalls"
        label={t("entry.pitfalls")}
        hint={t("editor.onePerLine")}
        value={facts.pitfalls}
        onChange={(pitfalls) => set({ pitfalls })}
      />
      <SelectField
        id="method-phase"
        label={t("entry.phase")}
        value={facts.phase}
        options={KNOWLEDGE_PHASES}
        labelOf={(value) => t(`phases.${value}`)}
        emptyLabel={t("editor.none")}
        onChange={(phase) => set({ phase })}
      />
      <CheckboxesField
        id="method-sides"
        legend={t("entry.sidesFor")}
        options={SIDES}
        value={facts.sides}
        labelOf={(value) => t(`sides.${value}`)}
        onChange={(sides) => set({ sides })}
      />
      <LinesField
        id="method-sources"
        label={t("entry.sources")}
        hint={t("editor.oneUrlPerLine")}
        value={facts.sources}
        onChange={(sources) => set({ sources })}
      />
    </>
  );
}

/** A tool's facts: author, version and its history, the sides and phase it is for, Samspil's own page. */
export function ToolFactsForm({ facts, onChange }: { facts: ToolFacts; onChange: (facts: ToolFacts) => void }) {
  const { t } = useTranslation("knowledge");
  const set = (change: Partial<ToolFacts>) => onChange({ ...facts, ...change });
  return (
    <>
      <TextField
        id="tool-author"
        label={t("entry.author")}
        value={facts.author}
        maxLength={200}
        required
        onChange={(author) => set({ author })}
      />
      <TextField
        id="tool-version"
        label={t("entry.version")}
        value={facts.version}
        maxLength={20}
        required
        onChange={(version) => set({ version })}
      />
      <CheckboxesField
        id="tool-sides"
        legend={t("entry.sidesFor")}
        options={SIDES}
        value={facts.targetSides}
        labelOf={(value) => t(`sides.${value}`)}
        onChange={(targetSides) => set({ targetSides })}
      />
      <SelectField
        id="tool-phase"
        label={t("entry.phase")}
        value={facts.phase}
        options={KNOWLEDGE_PHASES}
        labelOf={(value) => t(`phases.${value}`)}
        onChange={(phase) => set({ phase: phase ?? facts.phase })}
      />
      <TextField
        id="tool-samspil-link"
        label={t("editor.samspilLink")}
        hint={t("editor.samspilLinkHint")}
        value={facts.samspilLink}
        maxLength={200}
        onChange={(samspilLink) => set({ samspilLink })}
      />
      <RowsFieldset
        legend={t("entry.changes")}
        addLabel={t("editor.addChange")}
        onAdd={() =>
          set({ changes: [...facts.changes, { version: "", date: new Date().toISOString().slice(0, 10), note: "" }] })
        }
      >
        {facts.changes.map((change, index) => (
          <div className="knowledge-row" key={index}>
            <TextField
              id={`tool-change-${index}-version`}
              label={t("editor.changeVersion", { number: index + 1 })}
              value={change.version}
              maxLength={20}
              required
              onChange={(version) => set({ changes: replaceAt(facts.changes, index, { version }) })}
            />
            <div className="form-group">
              <label className="form-label" htmlFor={`tool-change-${index}-date`}>
                {t("entry.changeDate")}
              </label>
              <input
                type="date"
                id={`tool-change-${index}-date`}
                className="form-input"
                required
                value={change.date}
                onChange={(event) => set({ changes: replaceAt(facts.changes, index, { date: event.target.value }) })}
              />
            </div>
            <TextField
              id={`tool-change-${index}-note`}
              label={t("entry.changeNote")}
              value={change.note}
              maxLength={500}
              required
              onChange={(note) => set({ changes: replaceAt(facts.changes, index, { note }) })}
            />
            <RemoveButton
              label={t("editor.removeChange", { number: index + 1 })}
              onRemove={() => set({ changes: facts.changes.filter((_, at) => at !== index) })}
            />
          </div>
        ))}
      </RowsFieldset>
    </>
  );
}
