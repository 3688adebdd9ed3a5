import { useEffect, useState, type FormEvent } from "react";
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
  indicators: (IndicatorCard & { milestoneText: string })[];
}

/** The programme manager keeps the programme: name, period, themes, targets and milestones. */
export function SettingsPage() {
  const { t } = useTranslation("programme");
  const language = currentLanguage();
  const { data, error, isLoading, reload } = useApi<ProgrammeSettingsView>("/api/programme/settings");
  const [draft, setDraft] = useState<Draft | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"saved" | "failed" | null>(null);

  useEffect(() => {
    if (data) {
      setDraft({
        name: data.name,
        startsOn: data.startsOn,
        endsOn: data.endsOn,
        themes: data.themes.join("\n"),
        publicSummary: data.publicSummary,
        indicators: data.indicators.map((card) => ({ ...card, milestoneText: formatMilestones(card.milestones) })),
      });
    }
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) {
      return;
    }
    const local: Record<string, string> = {};
    const indicators = draft.indicators.map(({ milestoneText, ...card }, index) => {
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
            return (
              <fieldset key={card.code}>
                <legend className="h5">{card.name[language]}</legend>
                <div className={fieldError(`indicators.${index}.target`) ? "form-group form-error" : "form-group"}>
                  <label className="form-label" htmlFor={`target-${card.code}`}>
                    {t("settings.target")}
                  </label>
                  {errorText(`indicators.${index}.target`)}
                  <input
                    id={`target-${card.code}`}
                    className="form-input input-width-xs"
                    type="number"
                    value={card.target}
                    onChange={(event) => update({ target: Number(event.target.value) })}
                  />
                </div>
                <div className={fieldError(`indicators.${index}.milestones`) ? "form-group form-error" : "form-group"}>
                  <label className="form-label" htmlFor={`milestones-${card.code}`}>
                    {t("settings.milestones")}
                  </label>
                  {errorText(`indicators.${index}.milestones`)}
                  <textarea
                    id={`milestones-${card.code}`}
                    className="form-input"
                    rows={3}
                    value={card.milestoneText}
                    onChange={(event) => update({ milestoneText: event.target.value })}
                  />
                </div>
              </fieldset>
            );
          })}
          <button type="submit" className="button button-primary">
            {t("settings.save")}
          </button>
        </form>
      ) : null}
    </>
  );
}
