import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { IndicatorCard } from "../../../../domain/programme/indicators.js";
import type { ProgrammeSettingsView } from "../../../../domain/programme/views.js";
import { api, ApiError } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { formatMilestones, parseMilestones } from "../settings-form-state.js";

interface Draft {
  name: string;
  startsOn: string;
  endsOn: string;
  themes: string;
  publicSummary: boolean;
  /** `key`: React's key (a new card has no code yet); `isNew`: its code may still be written. */
  indicators: (IndicatorCard & { milestoneText: string; key: string; isNew: boolean })[];
}

/** The programme manager keeps the programme: name, period, themes, targets and milestones. */
export function SettingsPage() {
  const { t } = useTranslation("programme");
  const language = currentLanguage();
  const { data, error, isLoading, reload } = useApi<ProgrammeSettingsView>("/api/programme/settings");
  const [draft, setDraft] = useState<Draft | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"saved" | "failed" | null>(null);
  const nextKey = useRef(0);

  useEffect(() => {
    if (data) {
      setDraft({
        name: data.name,
        startsOn: data.startsOn,
        endsOn: data.endsOn,
        themes: data.themes.join("\n"),
        publicSummary: data.publicSummary,
        indicators: data.indicators.map((card) => ({
          ...card,
          key: card.code,
          isNew: false,
          milestoneText: formatMilestones(card.milestones),
        })),
      });
    }
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) {
      return;
    }
    const local: Record<string, string> = {};
    const indicators = draft.indicators.map(({ milestoneText, key: _key, isNew: _isNew, ...card }, index) => {
      const milestones = parseMilestones(milestoneText);
      if (!milestones) {
        local[`indicators.${index}.milestones`] = t("settings.badMilestones");
      }
      return { ...card, milestones: milestones ?? [] };
    });
    if (Object.keys(local).length > 0) {
      setFields(local);
      setStatus("failed");
      return;
    }
    try {
      await api.put("/api/programme/settings", {
        name: draft.name,
        startsOn: draft.startsOn,
        endsOn: draft.endsOn,
        themes: draft.themes
          .split("\n")
          .map((item) => item.trim())
          .filter(Boolean),
        publicSummary: draft.publicSummary,
        indicators,
      });
      setFields({});
      setStatus("saved");
      reload();
    } catch (failure) {
      setFields(failure instanceof ApiError ? failure.fields : {});
      setStatus("failed");
    }
  };

  const fieldError = (key: string) =>
    Object.entries(fields)
      .filter(([field]) => field === key || field.startsWith(`${key}.`))
      .map(([, message]) => message)
      .join("; ");

  const errorText = (key: string) => {
    const message = fieldError(key);
    return message ? (
      <span className="form-error-message" id={`${key}-error`}>
        {message}
      </span>
    ) : null;
  };

  return (
    <>
      <p>
        <Link to="/program">{t("evidence.back")}</Link>
      </p>
      <PageHeading title={t("settings.title")} />
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {isLoading && !draft ? <Loading /> : null}
      {status === "saved" ? (
        <Alert variant="success" live>
          <p>{t("settings.saved")}</p>
        </Alert>
      ) : null}
      {status === "failed" ? (
        <Alert variant="error" live>
          <p>{t("settings.failed")}</p>
        </Alert>
      ) : null}
      {draft ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className={fieldError("name") ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor="programme-name">
              {t("settings.name")}
            </label>
            {errorText("name")}
            <input
              id="programme-name"
              className="form-input"
              value={draft.name}
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            />
          </div>
          {(["startsOn", "endsOn"] as const).map((key) => (
            <div key={key} className={fieldError(key) ? "form-group form-error" : "form-group"}>
              <label className="form-label" htmlFor={`programme-${key}`}>
                {t(`settings.${key}`)}
              </label>
              {errorText(key)}
              <input
                id={`programme-${key}`}
                className="form-input"
                type="date"
                value={draft[key]}
                onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
              />
            </div>
          ))}
          <div className="form-group">
            <label className="form-label" htmlFor="programme-themes">
              {t("settings.themes")}
            </label>
            <textarea
              id="programme-themes"
              className="form-input"
              rows={4}
              value={draft.themes}
              onChange={(event) => setDraft({ ...draft, themes: event.target.value })}
            />
          </div>
          <div className="form-group">
            <input
              id="programme-public"
              className="form-checkbox"
              type="checkbox"
              checked={draft.publicSummary}
              onChange={(event) => setDraft({ ...draft, publicSummary: event.target.checked })}
            />
            <label htmlFor="programme-public">{t("settings.publicSummary")}</label>
          </div>
          {draft.indicators.map((card, index) => {
            const update = (patch: Partial<Draft["indicators"][number]>) =>
              setDraft({
                ...draft,
                indicators: draft.indicators.map((item, position) =>
                  position === index ? { ...item, ...patch } : item,
                ),
              });
            // A card's texts are kept in both languages; the form edits the reader's, a new card copies it to both.
            const setText = (key: "name" | "unit" | "definition", value: string) =>
              update({ [key]: card.isNew ? { da: value, en: value } : { ...card[key], [language]: value } });
            const textField = (key: "name" | "unit" | "definition", isLong = false) => {
              const id = `${key}-${index}`;
              const props = {
                id,
                className: "form-input",
                value: card[key][language],
                "aria-describedby": fieldError(`indicators.${index}.${key}`)
                  ? `indicators.${index}.${key}-error`
                  : undefined,
              };
              return (
                <div className={fieldError(`indicators.${index}.${key}`) ? "form-group form-error" : "form-group"}>
                  <label className="form-label" htmlFor={id}>
                    {t(`settings.card.${key}`)}
                  </label>
                  {errorText(`indicators.${index}.${key}`)}
                  {isLong ? (
                    <textarea {...props} rows={3} onChange={(event) => setText(key, event.target.value)} />
                  ) : (
                    <input {...props} onChange={(event) => setText(key, event.target.value)} />
                  )}
                </div>
              );
            };
            return (
              <fieldset key={card.key} className="indicator-settings">
                <legend className="h5">{card.name[language] || t("settings.card.new")}</legend>
                <div className={fieldError(`indicators.${index}.code`) ? "form-group form-error" : "form-group"}>
                  <label className="form-label" htmlFor={`code-${index}`}>
                    {t("settings.card.code")}
                  </label>
                  <span className="form-hint">{t("settings.card.codeHint")}</span>
                  {errorText(`indicators.${index}.code`)}
                  <input
                    id={`code-${index}`}
                    className="form-input input-width-l"
                    value={card.code}
                    readOnly={!card.isNew}
                    onChange={(event) => update({ code: event.target.value })}
                  />
                </div>
                {textField("name")}
                {textField("unit")}
                {textField("definition", true)}
                <div className={fieldError(`indicators.${index}.measure`) ? "form-group form-error" : "form-group"}>
                  <label className="form-label" htmlFor={`measure-${index}`}>
                    {t("settings.card.measure")}
                  </label>
                  {errorText(`indicators.${index}.measure`)}
                  <select
                    id={`measure-${index}`}
                    className="form-select"
                    value={card.measure}
                    onChange={(event) => update({ measure: event.target.value })}
                  >
                    <option value="">{t("settings.card.chooseMeasure")}</option>
                    {(data?.measures ?? []).map((measure) => (
                      <option key={measure.code} value={measure.code}>
                        {measure.computation}
                        {measure.provided ? "" : ` (${t("settings.card.notProvided")})`}
                      </option>
                    ))}
                  </select>
                </div>
                <div className={fieldError(`indicators.${index}.target`) ? "form-group form-error" : "form-group"}>
                  <label className="form-label" htmlFor={`target-${index}`}>
                    {t("settings.target")}
                  </label>
                  {errorText(`indicators.${index}.target`)}
                  <input
                    id={`target-${index}`}
                    className="form-input input-width-xs"
                    type="number"
                    value={card.target}
                    onChange={(event) => update({ target: Number(event.target.value) })}
                  />
                </div>
                <div className={fieldError(`indicators.${index}.milestones`) ? "form-group form-error" : "form-group"}>
                  <label className="form-label" htmlFor={`milestones-${index}`}>
                    {t("settings.milestones")}
                  </label>
                  {errorText(`indicators.${index}.milestones`)}
                  <textarea
                    id={`milestones-${index}`}
                    className="form-input"
                    rows={3}
                    value={card.milestoneText}
                    onChange={(event) => update({ milestoneText: event.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() =>
                    setDraft({ ...draft, indicators: draft.indicators.filter((_, position) => position !== index) })
                  }
                >
                  {t("settings.card.remove", { name: card.name[language] || card.code })}
                </button>
              </fieldset>
            );
          })}
          <p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                nextKey.current += 1;
                setDraft({
                  ...draft,
                  indicators: [
                    ...draft.indicators,
                    {
                      key: `new-${nextKey.current}`,
                      isNew: true,
                      code: "",
                      name: { da: "", en: "" },
                      unit: { da: "", en: "" },
                      definition: { da: "", en: "" },
                      measure: "",
                      target: 0,
                      milestones: [],
                      milestoneText: "",
                    },
                  ],
                });
              }}
            >
              {t("settings.card.add")}
            </button>
          </p>
          <button type="submit" className="button button-primary">
            {t("settings.save")}
          </button>
        </form>
      ) : null}
    </>
  );
}
