import { useTranslation } from "react-i18next";
import type { RegistrationQuestionsView } from "../../../../domain/seminars/survey-views.js";
import { useApi } from "../../../api/use-api.js";
import { AnswerFields, type Answers } from "./answer-fields.js";

/** The seminar's own registration questions, when it has some, inside the registration form. */
export function RegistrationQuestions({
  seminarId,
  answers,
  errors,
  onChange,
}: {
  seminarId: string;
  answers: Answers;
  errors: Record<string, string>;
  onChange: (answers: Answers) => void;
}) {
  const { i18n } = useTranslation();
  const questions = useApi<RegistrationQuestionsView>(`/api/seminars/${seminarId}/questions?lang=${i18n.language}`);
  const form = questions.data?.form;
  if (!form) {
    return null;
  }
  return <AnswerFields form={form} idPrefix="seminar-question" answers={answers} errors={errors} onChange={onChange} />;
}
