import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerValue } from "../../../../domain/questionnaire/index.js";
import { api } from "../../../api/client.js";
import { ErrorSummary, type SummaryItem } from "../../../forms/error-summary.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import type { FeedbackReceipt, PublicFeedbackForm } from "../../../../domain/process/views.js";
import { loadedFeedbackCheck, loadFeedbackCheck, questionId, type FeedbackDraft } from "../model/feedback.js";
import { FeedbackConsent } from "./feedback-consent.js";
import { FeedbackQuestion } from "./feedback-question.js";

const EMPTY: FeedbackDraft = { consent: false, anonymous: true, name: "", answers: {} };

/** The respondent's form: consent, anonymous or by name, the group's questions, «Send svar». */
export function FeedbackForm({
  token,
  form: feedback,
  onSent,
}: {
  token: string;
  form: PublicFeedbackForm;
  onSent: (receipt: FeedbackReceipt) => void;
}) {
  const { t } = useTranslation("processes");
  // One id per form: sending twice (a double click, a retry) is the same answer.
  const [submissionId] = useState(() => crypto.randomUUID());
  const [checkMissing, setCheckMissing] = useState(false);
  const form = useSchemaForm({
    initial: EMPTY,
    check: (draft, language) => {
      // Submit waits for the check to load (below), so it is there.
      const found = loadedFeedbackCheck()!.checkFeedback(
        draft,
        feedback.audience,
        submissionId,
        language,
        t("feedbackForm.answerQuestion"),
      );
      return Object.keys(found).length > 0
        ? { ok: false, errors: found }
        : {
            ok: true,
            body: {
              submissionId,
              consent: true,
              anonymous: draft.anonymous,
              name: draft.anonymous ? "" : draft.name.trim(),
              language,
              answers: draft.answers,
            },
          };
    },
    save: (body) => api.post<FeedbackReceipt>(`/api/feedback/${token}`, body),
    onSaved: onSent,
    texts: {
      forbidden: t("errors.forbidden"),
      notFound: t("feedbackForm.unknownText"),
      failed: t("feedbackForm.sendFailed"),
    },
  });
  const { values: draft, setValues: setDraft, errors } = form;
  const questions = feedback.form.sections.flatMap((section) => section.questions);

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

  const items: SummaryItem[] = [
    ...(errors.consent
      ? [{ target: "feedback-consent", label: t("feedbackForm.consentLegend"), message: errors.consent }]
      : []),
    ...(errors.name ? [{ target: "feedback-name", label: t("feedbackForm.name"), message: errors.name }] : []),
    ...questions
      .filter((question) => errors[`answers.${question.key}`])
      .map((question) => ({
        target: questionId(question.key),
        label: question.text,
        message: errors[`answers.${question.key}`],
      })),
  ];

  return (
    <form
      onSubmit={(event) => {
        if (loadedFeedbackCheck()) {
          form.submit(event);
          return;
        }
        // The first submit before the check has loaded: load it, then submit again.
        event.preventDefault();
        const target = event.currentTarget;
        void loadFeedbackCheck().then(
          () => {
            setCheckMissing(false);
            target.requestSubmit();
          },
          () => setCheckMissing(true),
        );
      }}
      onFocus={() => void loadFeedbackCheck().catch(() => undefined)}
      noValidate
      className="feedback-form"
    >
      <ErrorSummary
        ref={form.summaryRef}
        items={items}
        message={checkMissing ? t("errors.network", { ns: "translation" }) : form.message}
      />
      <FeedbackConsent
        consentText={feedback.consentText}
        draft={draft}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        errors={errors}
      />
      <p className="form-hint">{t("feedbackForm.requiredHint", { count: feedback.form.questionCount })}</p>
      {feedback.form.sections.map((section) => (
        <section key={section.key} aria-labelledby={`feedback-section-${section.key}`} className="feedback-section">
          <h2 id={`feedback-section-${section.key}`} className="h3">
            {section.title}
          </h2>
          {section.description ? <p>{section.description}</p> : null}
          {section.questions.map((question) => (
            <FeedbackQuestion
              key={question.key}
              question={question}
              value={draft.answers[question.key]}
              onChange={setAnswer(question.key)}
              error={errors[`answers.${question.key}`]}
            />
          ))}
        </section>
      ))}
      <button
        type="submit"
        className="button button-primary"
        disabled={form.isSaving}
        aria-busy={form.isSaving || undefined}
      >
        {form.isSaving ? t("feedbackForm.sending") : t("feedbackForm.send")}
      </button>
    </form>
  );
}
