import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCaseInputs } from "../../../../domain/business-case/inputs.js";
import {
  computeOwnScenarios,
  isCompanyField,
  scenarioFieldUnit,
  SCENARIO_FIELDS,
  type OwnScenario,
  type ScenarioField,
} from "../../../../domain/business-case/own-scenarios.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import type { Language } from "../../../../domain/validation.js";
import { api, ApiError } from "../../../api/client.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useFigures } from "../hooks/use-figures.js";
import { describeField } from "../model/field-labels.js";
import { formatInputNumber, parseNumberText } from "../model/number-text.js";

interface Draft {
  name: string;
  changes: { field: ScenarioField; value: string }[];
}

/** Values written as the case's own inputs are («90.000» in Danish), so a saved scenario reads the same. */
const toDraft = (scenario: OwnScenario, language: Language): Draft => ({
  name: scenario.name,
  changes: scenario.changes.map((change) => ({
    field: change.field,
    value: formatInputNumber(change.value, language),
  })),
});

/** Text as typed, read as the case's inputs are; what is not a number goes as typed, and the server names it. */
const readValue = (text: string, language: Language): number | string => parseNumberText(text, language) ?? text;

/**
 * The user's own scenarios beside the three standard ones: named changes of any input, saved with the
 * draft (and so with each version), their key figures computed in the browser as the server would.
 */
export function OwnScenariosSection({
  businessCase,
  inputs,
}: {
  businessCase: BusinessCase;
  inputs: BusinessCaseInputs;
}) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const [saved, setSaved] = useState<OwnScenario[]>(businessCase.scenarios);
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    businessCase.scenarios.map((scenario) => toDraft(scenario, figures.language)),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const canEdit = businessCase.access.canEditPublicSide || businessCase.access.canEditCompanySide;
  const fields = SCENARIO_FIELDS.filter((field) => inputs.companySide !== null || !isCompanyField(field));
  const computed = computeOwnScenarios(inputs, saved);
  const sides = (["public", "company", "combined"] as const).filter(
    (side) => side === "public" || computed.some((item) => item[side] !== null),
  );

  const update = (index: number, change: (draft: Draft) => Draft) =>
    setDrafts((current) => current.map((draft, at) => (at === index ? change(draft) : draft)));
  /** «Dobbelt pris, Salgspris pr. enhed» for the server's «scenarios.0.changes.0.value»: the words on the form. */
  const describePath = (path: string): string => {
    const [, scenario, change, leaf] = /^scenarios\.(\d+)(?:\.changes\.(\d+))?\.?(\w*)/.exec(path) ?? [];
    const draft = scenario === undefined ? undefined : drafts[Number(scenario)];
    if (draft === undefined) {
      return t("ownScenarios.heading");
    }
    const item = change === undefined ? undefined : draft.changes[Number(change)];
    const part =
      item === undefined
        ? leaf === "name"
          ? t("ownScenarios.name")
          : t("ownScenarios.changes")
        : leaf === "value"
          ? describeField(t, item.field)
          : t("ownScenarios.field");
    return `${draft.name || t("ownScenarios.newName", { number: Number(scenario) + 1 })}, ${part}`;
  };
  const save = async () => {
    setIsBusy(true);
    setStatus(null);
    const scenarios = drafts.map((draft) => ({
      name: draft.name,
      changes: draft.changes.map((change) => ({
        field: change.field,
        value: readValue(change.value, figures.language),
      })),
    }));
    try {
      const answer = await api.patch<BusinessCase>(`/api/business-cases/${businessCase.id}`, { scenarios });
      setSaved(answer.scenarios);
      setDrafts(answer.scenarios.map((scenario) => toDraft(scenario, figures.language)));
      setErrors({});
      setStatus(t("ownScenarios.saved"));
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      setErrors(fields);
      const problems = Object.entries(fields).map(([path, message]) => `${describePath(path)}: ${message}`);
      setStatus(problems.length > 0 ? problems.join(" ") : error instanceof ApiError ? error.message : String(error));
    } finally {
      setIsBusy(false);
    }
  };
  const unitHint = (field: ScenarioField) =>
    ({ kr: "kr.", count: "", years: t("keyFigures.years", { value: "" }).trim(), percent: "%" })[
      scenarioFieldUnit(field)
    ];

  return (
    <section className="bc-section" aria-labelledby="own-scenarios-heading">
      <h2 id="own-scenarios-heading" className="h3">
        {t("ownScenarios.heading")}
      </h2>
      <p>{t("ownScenarios.intro")}</p>
      {computed.length === 0 ? (
        <p className="empty-state">{t("ownScenarios.none")}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="own-scenarios-heading">
          <table className="table table--compact bc-scenarios-table">
            <caption className="sr-only">{t("ownScenarios.caption")}</caption>
            <thead>
              <tr>
                <td />
                {computed.map((item) => (
                  <th scope="col" key={item.name}>
                    {item.name}
                  </th>
                ))}
              </tr>
            </thead>
            {sides.map((side) => (
              <tbody key={side}>
                <tr className="bc-group-row">
                  <th scope="rowgroup" colSpan={computed.length + 1}>
                    {t(`keyFigures.${side}`)}
                  </th>
                </tr>
                <tr>
                  <th scope="row">{t("keyFigures.npv")}</th>
                  {computed.map((item) => (
                    <td key={item.name}>{item[side] ? figures.kr(item[side].npv) : ""}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("keyFigures.simplePayback")}</th>
                  {computed.map((item) => {
                    const metrics = item[side];
                    return (
                      <td key={item.name}>
                        {metrics ? figures.payback(metrics.simplePayback, item.horizonYears) : ""}
                      </td>
                    );
                  })}
                </tr>
                <tr>
                  <th scope="row">{t("keyFigures.irr")}</th>
                  {computed.map((item) => (
                    <td key={item.name}>{item[side] ? figures.irr(item[side].irr) : ""}</td>
                  ))}
                </tr>
              </tbody>
            ))}
          </table>
        </div>
      )}
      {canEdit ? (
        <div className="bc-own-scenarios">
          {drafts.map((draft, index) => (
            <fieldset key={index} className="bc-own-scenario">
              <legend className="h4">{draft.name || t("ownScenarios.newName", { number: index + 1 })}</legend>
              <TextField
                id={`scenario-${index}-name`}
                label={t("ownScenarios.name")}
                hint={t("ownScenarios.nameHint")}
                value={draft.name}
                error={errors[`scenarios.${index}.name`]}
                onChange={(name) => update(index, (current) => ({ ...current, name }))}
                maxLength={80}
              />
              {draft.changes.map((change, changeIndex) => {
                const path = `scenarios.${index}.changes.${changeIndex}`;
                return (
                  <div className="bc-own-change" key={changeIndex}>
                    <SelectField
                      id={`scenario-${index}-change-${changeIndex}-field`}
                      label={t("ownScenarios.field")}
                      value={change.field}
                      error={errors[`${path}.field`]}
                      onChange={(field) =>
                        update(index, (current) => ({
                          ...current,
                          changes: current.changes.map((item, at) =>
                            at === changeIndex ? { ...item, field: field as ScenarioField } : item,
                          ),
                        }))
                      }
                    >
                      {fields.map((field) => (
                        <option key={field} value={field}>
                          {describeField(t, field)}
                        </option>
                      ))}
                    </SelectField>
                    <TextField
                      id={`scenario-${index}-change-${changeIndex}-value`}
                      label={[
                        t("ownScenarios.value", { field: describeField(t, change.field) }),
                        unitHint(change.field) ? `(${unitHint(change.field)})` : "",
                      ]
                        .filter(Boolean)
                        .join(" ")}
                      value={change.value}
                      inputMode="decimal"
                      error={errors[`${path}.value`]}
                      onChange={(value) =>
                        update(index, (current) => ({
                          ...current,
                          changes: current.changes.map((item, at) => (at === changeIndex ? { ...item, value } : item)),
                        }))
                      }
                    />
                    <button
                      type="button"
                      className="button button-tertiary"
                      onClick={() =>
                        update(index, (current) => ({
                          ...current,
                          changes: current.changes.filter((_, at) => at !== changeIndex),
                        }))
                      }
                    >
                      {t("ownScenarios.removeChange")}
                      <span className="sr-only">: {describeField(t, change.field)}</span>
                    </button>
                  </div>
                );
              })}
              <div className="button-group">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() =>
                    update(index, (current) => ({
                      ...current,
                      changes: [
                        ...current.changes,
                        {
                          field:
                            fields.find((field) => !current.changes.some((item) => item.field === field)) ?? fields[0],
                          value: "",
                        },
                      ],
                    }))
                  }
                >
                  {t("ownScenarios.addChange")}
                </button>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setDrafts((current) => current.filter((_, at) => at !== index))}
                >
                  {t("ownScenarios.remove")}
                  <span className="sr-only">: {draft.name}</span>
                </button>
              </div>
            </fieldset>
          ))}
          <div className="button-group">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                setDrafts((current) => [
                  ...current,
                  { name: t("ownScenarios.newName", { number: current.length + 1 }), changes: [] },
                ])
              }
            >
              {t("ownScenarios.add")}
            </button>
            <button type="button" className="button button-primary" onClick={() => void save()} disabled={isBusy}>
              {t("ownScenarios.save")}
            </button>
          </div>
          <p role="status" className={Object.keys(errors).length > 0 ? "form-error-message" : undefined}>
            {status ?? ""}
          </p>
        </div>
      ) : null}
    </section>
  );
}
