import { useCallback, useMemo, type Dispatch, type SetStateAction } from "react";
import {
  newQuestion,
  newUid,
  type QuestionDraft,
  type SectionDraft,
  type TemplateDraft,
} from "../model/template-draft.js";

const replaceAt = <T>(items: readonly T[], index: number, change: (item: T) => T): T[] =>
  items.map((item, at) => (at === index ? change(item) : item));

/** Stable callbacks that change the editor's draft (so unchanged sections do not re-render). */
export function useTemplateDraft(setDraft: Dispatch<SetStateAction<TemplateDraft>>) {
  const updateSection = useCallback((index: number, patch: Partial<SectionDraft>) => {
    setDraft((current) => ({
      ...current,
      sections: replaceAt(current.sections, index, (section) => ({ ...section, ...patch })),
    }));
  }, []);

  const changeQuestions = useCallback(
    (sectionIndex: number, change: (questions: QuestionDraft[], draft: TemplateDraft) => QuestionDraft[]) => {
      setDraft((current) => ({
        ...current,
        sections: replaceAt(current.sections, sectionIndex, (section) => ({
          ...section,
          questions: change(section.questions, current),
        })),
      }));
    },
    [],
  );

  const updateQuestion = useCallback(
    (sectionIndex: number, index: number, patch: Partial<QuestionDraft>) =>
      changeQuestions(sectionIndex, (questions) =>
        replaceAt(questions, index, (question) => ({ ...question, ...patch })),
      ),
    [changeQuestions],
  );

  const moveQuestion = useCallback(
    (sectionIndex: number, index: number, offset: -1 | 1) =>
      changeQuestions(sectionIndex, (questions) => {
        const target = index + offset;
        if (target < 0 || target >= questions.length) {
          return questions;
        }
        const next = [...questions];
        [next[index], next[target]] = [next[target], next[index]];
        return next;
      }),
    [changeQuestions],
  );

  const removeQuestion = useCallback(
    (sectionIndex: number, index: number) =>
      changeQuestions(sectionIndex, (questions) => questions.filter((_, at) => at !== index)),
    [changeQuestions],
  );

  const addQuestion = useCallback(
    (sectionIndex: number) =>
      changeQuestions(sectionIndex, (questions, current) => {
        const taken = new Set(current.sections.flatMap((section) => section.questions.map((question) => question.key)));
        const section = current.sections[sectionIndex];
        return [
          ...questions,
          newQuestion(
            section,
            current.audiences.map((audience) => audience.key),
            taken,
          ),
        ];
      }),
    [changeQuestions],
  );

  const addSection = useCallback((key: string, title: { da: string; en: string }) => {
    setDraft((current) => {
      const section: SectionDraft = { uid: newUid(), key, title, description: { da: "", en: "" }, questions: [] };
      const taken = new Set(current.sections.flatMap((item) => item.questions.map((question) => question.key)));
      const first = newQuestion(
        section,
        current.audiences.map((audience) => audience.key),
        taken,
      );
      const model = current.sections.flatMap((item) => item.questions).find((question) => question.type === "scale");
      section.questions = [model ? { ...first, labels: model.labels.map((label) => ({ ...label })) } : first];
      return { ...current, sections: [...current.sections, section] };
    });
  }, []);

  const removeSection = useCallback(
    (index: number) =>
      setDraft((current) => ({ ...current, sections: current.sections.filter((_, at) => at !== index) })),
    [],
  );

  return useMemo(
    () => ({ updateSection, updateQuestion, moveQuestion, removeQuestion, addQuestion, addSection, removeSection }),
    [updateSection, updateQuestion, moveQuestion, removeQuestion, addQuestion, addSection, removeSection],
  );
}
