import { useEffect, useState, type FormEvent } from "react";
import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import {
  REGISTRATION_QUESTION_TYPES,
  type RegistrationQuestionInput,
} from "../../../../domain/seminars/survey-definitions.js";
import type { RegistrationQuestionsView } from "../../../../domain/seminars/survey-views.js";
import type { SeminarDetail } from "../../../../domain/seminars/views.js";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { SurveyResults } from "../components/survey-results.js";
import { errorText } from "../shared.js";

type QuestionType = (typeof REGISTRATION_QUESTION_TYPES)[number];

/** A question as the form edits it: options as lines; saved keys kept so given answers stay attached. */
interface Draft {
  key?: string;
  type: QuestionType;
  da: string;
  en: string;
  required: boolean;
  options: string;
  optionKeys: (string | undefined)[];
}

const toDraft = (question: RegistrationQuestionsView["questions"][number]): Draft => ({
  key: question.key,
  type: question.type,
  da: question.da,
  en: question.en ?? "",
  required: question.required ?? false,
  options: (question.options ?? []).map((option) => option.da).join("\n"),
  optionKeys: (question.options ?? []).map((option) => option.key),
});

function toInput(draft: Draft): RegistrationQuestionInput {
  const lines = draft.options
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    key: draft.key,
    type: draft.type,
    da: draft.da,
    en: draft.en || undefined,
    required: draft.required,
    options: draft.type === "text" ? [] : lines.map((da, index) => ({ key: draft.optionKeys[index], da })),
  };
}

/** Staff: the seminar's registration questions, and the evaluation and follow-up results. */
export function QuestionsPage() {
  const { t } = useTranslation("seminars");
  const { id = "" } = useParams();
  const seminar = useApi<SeminarDetail>(`/api/seminars/${id}`);
  const saved = useApi<RegistrationQuestionsView>(`/api/seminars/${id}/questions`);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    if (saved.data) {
      setDrafts(saved.data.questions.map(toDraft));
    }
  }, [saved.data]);

  const change = (index: number, patch: Partial<Draft>) =>
    setDrafts((current) => current.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setMessage(null);
    try {
      const view = await api.put<RegistrationQuestionsView>(`/api/seminars/${id}/questions`, {
        questions: drafts.map(toInput),
      });
      setDrafts(view.questions.map(toDraft));
      setMessage({ kind: "success", text: t("questions.saved") });
    } catch (caught) {
      setMessage({ kind: "error", text: errorText(caught) });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <>
      <BackLink to={`/seminarer/${id}/deltagere`} label={seminar.data?.title ?? t("list.title")} />
      <PageHeading title={t("questions.title")} />
      {saved.isLoading && !saved.data ? <Loading /> : null}
      {saved.error ? <ErrorState error={saved.error} onRetry={saved.reload} /> : null}
      {saved.data ? (
        <form onSubmit={(event) => void submit(event)} className="seminar-questions-form">
          <p>{t("questions.intro")}</p>
          {message ? (
            <Alert variant={message.kind} live>
              <p>{message.text}</p>
            </Alert>
          ) : null}
          {drafts.length === 0 ? <p className="text-muted">{t("questions.none")}</p> : null}
          {drafts.map((draft, index) => (
            <fieldset key={index} className="seminar-question-draft">
              <legend className="h4">{t("questions.question", { number: index + 1 })}</legend>
              <div className="form-group">
                <label className="form-label" htmlFor={`question-${index}-da`}>
                  {t("questions.textDa")}
                </label>
                <input
                  id={`question-${index}-da`}
                  className="form-input"
                  required
                  maxLength={500}
                  value={draft.da}
                  onChange={(event) => change(index, { da: event.target.value })}
                />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`question-${index}-en`}>
                  {t("questions.textEn")}
                </label>
                <input
                  id={`question-${index}-en`}
                  className="form-input"
                  maxLength={500}
                  value={draft.en}
                  onChange={(event) => change(index, { en: event.target.value })}
                />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`question-${index}-type`}>
                  {t("questions.type")}
                </label>
                <select
                  id={`question-${index}-type`}
                  className="form-select"
                  value={draft.type}
                  onChange={(event) => change(index, { type: event.target.value as QuestionType })}
                >
                  {REGISTRATION_QUESTION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`questions.types.${type}`)}
                    </option>
                  ))}
                </select>
              </div>
              {draft.type !== "text" ? (
                <div className="form-group">
                  <label className="form-label" htmlFor={`question-${index}-options`}>
                    {t("questions.options")}
                  </label>
                  <textarea
                    id={`question-${index}-options`}
                    className="form-input"
                    rows={4}
                    value={draft.options}
                    onChange={(event) => change(index, { options: event.target.value })}
                  />
                </div>
              ) : null}
              <div className="form-group form-group-checkbox">
                <input
                  type="checkbox"
                  id={`question-${index}-required`}
                  className="form-checkbox"
                  checked={draft.required}
                  onChange={(event) => change(index, { required: event.target.checked })}
                />
                <label htmlFor={`question-${index}-required`} className="form-label">
                  {t("questions.required")}
                </label>
              </div>
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => setDrafts((current) => current.filter((_, at) => at !== index))}
              >
                {t("questions.remove")}
              </button>
            </fieldset>
          ))}
          <div className="seminar-questions-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                setDrafts((current) => [
                  ...current,
                  { type: "text", da: "", en: "", required: false, options: "", optionKeys: [] },
                ])
              }
            >
              {t("questions.add")}
            </button>
            <button type="submit" className="button button-primary" disabled={isBusy}>
              {t("questions.save")}
            </button>
          </div>
        </form>
      ) : null}
      <section aria-labelledby="survey-results-heading">
        <h2 id="survey-results-heading">{t("questions.resultsHeading")}</h2>
        <SurveyResults seminarId={id} />
      </section>
    </>
  );
}
