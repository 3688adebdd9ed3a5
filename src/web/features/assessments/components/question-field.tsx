import type { AnswerValue, RenderedQuestion } from "../../../../domain/questionnaire/index.js";
import { CHOICE_DELAY_MS, TYPING_DELAY_MS } from "../hooks/use-answer-autosave.js";
import { ChoiceQuestion } from "./choice-question.js";
import { ScaleQuestion } from "./scale-question.js";
import { TextQuestion } from "./text-question.js";

/** One question in the respondent's form, whatever its type. */
export function QuestionField({
  question,
  value,
  error,
  onChange,
  onBlur,
}: {
  question: RenderedQuestion;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (key: string, value: AnswerValue | null, delay: number) => void;
  onBlur: () => void;
}) {
  switch (question.type) {
    case "scale":
      return (
        <ScaleQuestion
          question={question}
          value={value}
          error={error}
          onChange={(next) => onChange(question.key, next, CHOICE_DELAY_MS)}
        />
      );
    case "single":
    case "multiple":
      return (
        <ChoiceQuestion
          question={question}
          value={value}
          error={error}
          onChange={(next) => onChange(question.key, next, CHOICE_DELAY_MS)}
        />
      );
    case "text":
      return (
        <TextQuestion
          question={question}
          value={typeof value === "string" ? value : ""}
          error={error}
          onChange={(next) => onChange(question.key, next, TYPING_DELAY_MS)}
          onBlur={onBlur}
        />
      );
  }
}
