import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerValue } from "../../../../domain/questionnaire/index.js";
import { api } from "../../../api/client.js";
import { ErrorSummary, type SummaryItem } from "../../../forms/error-summary.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { checkFeedback, questionId, type FeedbackDraft, type FeedbackReceipt, type PublicFeedbackForm } from "../model/feedback.js";
import { describeFailure, type FieldErrors } from "../model/form-errors.js";
import { FeedbackConsent } from "./feedback-consent.js";
import { FeedbackQuestion } from "./feedback-question.js";

const EMPTY: FeedbackDraft = { consent: false, anonymous: true, name: "", answers: {} };

/** The respondent's form: consent, anonymous or by name, the group's questions, «Send svar». */
export function FeedbackForm({ token, form, onSent }: { token: string; form: PublicFeedbackForm; onSent: (receipt: FeedbackReceipt) => void }) {
  const { t } = useTranslation("processes");
  // One id per form: sending twice (a double click, a retry) is the same answer.
  const [submissionId] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<FeedbackDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSending, setIsSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const questions = form.form.sections.flatMap((section) => section.questions);

  const show = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const setAnswer = (key: string) => (value: AnswerValue | undefined) =>
    setDraft((current) => {
      const answers = { ...current.answers };
      if (value === undefined) {
        delete answers[key];
      } else {
        answers[key] = value;
      }
      return { ...current, answers };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const language = currentLanguage();
    const found = checkFeedback(draft, form.audience, submissionId, language, t("feedbackForm.answerQuestion"));
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setIsSending(true);
    try {
      const body = { submissionId, consent: true, anonymous: draft.anonymous, name: draft.anonymous ? "" : draft.name.trim(), language, answers: draft.answers };
      onSent(await api.post<FeedbackReceipt>(`/api/feedback/${token}`, body));
    } catch (error) {
      const failure = describeFailure(error, { forbidden: t("errors.forbidden"), notFound: t("feedbackForm.unknownText"), failed: t("feedbackForm.sendFailed") });
      show(failure.fields, failure.message);
    } finally {
      setIsSending(false);
    }
  };

  const items: SummaryItem[] = [
    ...(errors.consent ? [{ target: "feedback-consent", label: t("feedbackForm.consentLegend"), message: errors.consent }] : []),
    ...(errors.name ? [{ target: "feedback-name", label: t("feedbackForm.name"), message: errors.name }] : []),
    ...questions.filter((question) => errors[`answers.${question.key}`]).map((question) => ({ target: questionId(question.key), label: question.text, message: errors[`answers.${question.key}`] })),
  ];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="feedback-form">
      <ErrorSummary ref={summary} items={items} message={message} />
      <FeedbackConsent consentText={form.consentText} draft={draft} onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))} errors={errors} />
      <p className="form-hint">{t("feedbackForm.requiredHint", { count: form.form.questionCount })}</p>
      {form.form.sections.map((section) => (
        <section key={section.key} aria-labelledby={`feedback-section-${section.key}`} className="feedback-section">
          <h2 id={`feedback-section-${section.key}`} className="h3">
            {section.title}
          </h2>
          {section.description ? <p>{section.description}</p> : null}
          {section.questions.map((question) => (
            <FeedbackQuestion key={question.key} question={question} value={draft.answers[question.key]} onChange={setAnswer(question.key)} error={errors[`answers.${question.key}`]} />
          ))}
        </section>
      ))}
      <button type="submit" className="button button-primary" disabled={isSending} aria-busy={isSending || undefined}>
        {isSending ? t("feedbackForm.sending") : t("feedbackForm.send")}
      </button>
    </form>
  );
}
