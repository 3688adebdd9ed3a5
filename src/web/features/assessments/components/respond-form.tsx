import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, apiRequest } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { formatDate } from "../../../components/format.js";
import { LanguageSwitch } from "../../../components/language-switch.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { useSummaryFocus } from "../../../forms/use-summary-focus.js";
import type { Receipt, RespondentForm } from "../../../../domain/assessment/views.js";
import { useAnswerAutosave } from "../hooks/use-answer-autosave.js";
import { countAnswered, listFormQuestions, splitAnswerFields } from "../model/answers.js";
import { QuestionField } from "./question-field.js";
import { questionTarget } from "./question-target.js";
import { RespondProgress } from "./respond-progress.js";
import { SaveStatus } from "./save-status.js";

/** A question as a short link text: at most 90 characters, without the closing full stop. */
const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text.replace(/[.!]$/, ""));

/** The respondent's own questions, saved as they answer, submitted once. */
export function RespondForm({
  token,
  data,
  onStopped,
  onSubmitted,
}: {
  token: string;
  data: RespondentForm;
  onStopped: (error: ApiError) => void;
  onSubmitted: (receipt: Receipt) => void;
}) {
  const { t } = useTranslation("assessments");
  const { form } = data;
  const language = form.language;
  const { answers, state, errors, setErrors, change, flush } = useAnswerAutosave({
    token,
    language,
    initial: data.answers,
    onStopped,
  });
  /** What the error summary shows: the questions the server said are missing (while they still are), or a message. */
  const [summary, setSummary] = useState<{ isMissing: boolean; message?: string }>({ isMissing: false });
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [summaryRef, focusSummary] = useSummaryFocus<HTMLDivElement>();
  const count = countAnswered(form, answers);
  const questions = listFormQuestions(form);
  const expires = formatDate(data.respondent.expiresAt, language);

  const missing = summary.isMissing
    ? questions
        .filter((question) => errors[question.key])
        .map((question) => ({
          target: questionTarget(question.key),
          label: `${question.number}. ${shorten(question.text)}`,
          message: errors[question.key],
        }))
    : [];
  const summaryMessage = summary.isMissing
    ? missing.length > 0
      ? t("respond.missingIntro", { count: missing.length })
      : undefined
    : summary.message;

  const showProblems = (isMissing: boolean, message?: string) => {
    setNotice(null);
    setSummary({ isMissing, message });
    focusSummary();
  };

  const saveForLater = async () => {
    setIsBusy(true);
    const isSaved = await flush();
    setIsBusy(false);
    if (isSaved) {
      setSummary({ isMissing: false });
      setNotice(t("respond.savedForLater", { date: expires }));
    } else {
      showProblems(false, t("respond.notSaved"));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    try {
      if (!(await flush())) {
        showProblems(false, t("respond.notSaved"));
        return;
      }
      onSubmitted(await apiRequest<Receipt>(`/api/respond/${token}/submit?language=${language}`, { method: "POST" }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        setErrors(splitAnswerFields(error.fields).questions);
        showProblems(true);
      } else if (error instanceof ApiError && [404, 409, 410].includes(error.status)) {
        onStopped(error);
      } else {
        showProblems(false, t("respond.submitFailed"));
      }
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="respond-page">
      <div className="respond-top">
        <p className="respond-organisation">
          {data.assessment.organisationName} · {data.assessment.title}
        </p>
        <LanguageSwitch className="respond-language" />
      </div>
      <PageHeading title={form.title} />
      <p className="font-lead">{t("respond.intro", { name: data.respondent.name, group: form.audience.label })}</p>
      {form.description ? <p className="respond-description">{form.description}</p> : null}
      <Alert variant="info" heading={t("respond.autosaveHeading")}>
        <p>{t("respond.autosaveText", { date: expires })}</p>
      </Alert>
      <p className="form-hint">{t("respond.requiredNote")}</p>
      <ErrorSummary ref={summaryRef} items={missing} message={summaryMessage} />
      <form onSubmit={(event) => void submit(event)} noValidate className="respond-form">
        {form.sections.map((section) => (
          <section key={section.key} className="respond-section" aria-labelledby={`section-${section.key}`}>
            <h2 id={`section-${section.key}`} className="h3">
              {section.title}
            </h2>
            {section.description ? <p className="respond-section-description">{section.description}</p> : null}
            {section.questions.map((question) => (
              <QuestionField
                key={question.key}
                question={question}
                value={answers[question.key]}
                error={errors[question.key]}
                onChange={change}
                onBlur={() => void flush()}
              />
            ))}
          </section>
        ))}
        <div className="respond-finish">
          <h2 className="h3">{t("respond.finishHeading")}</h2>
          <p>{t("respond.finishText", { answered: count.answered, total: count.total })}</p>
          {notice ? (
            <Alert variant="success" live>
              <p>{notice}</p>
            </Alert>
          ) : null}
          <div className="button-group">
            <button type="submit" className="button button-primary" disabled={isBusy} aria-busy={isBusy || undefined}>
              {t("respond.submit")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={isBusy}
              onClick={() => void saveForLater()}
            >
              {t("respond.saveForLater")}
            </button>
          </div>
        </div>
      </form>
      <div className="respond-bar">
        <div className="respond-bar-inner">
          <RespondProgress id="respond-progress" answered={count.answered} total={count.total} />
          <SaveStatus state={state} />
        </div>
      </div>
    </div>
  );
}
