import type { z } from "zod";
import type { LocalizedText, Question, Section } from "../../questionnaire/index.js";
import type { RespondentGroup } from "../groups.js";

export type QuestionInput = z.input<typeof Question>;
export type SectionInput = z.input<typeof Section>;

/** The agreement scale every Samspil 360 statement is answered on. */
export const AGREEMENT: [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText] = [
  { da: "Helt uenig", en: "Strongly disagree" },
  { da: "Delvis uenig", en: "Somewhat disagree" },
  { da: "Hverken enig eller uenig", en: "Neither agree nor disagree" },
  { da: "Delvis enig", en: "Somewhat agree" },
  { da: "Helt enig", en: "Strongly agree" },
];

const GROUP_LETTERS: Record<string, RespondentGroup> = { M: "management", S: "staff", C: "citizens", P: "partners" };

/** "MSCP" → the groups asked: Management, Staff, Citizens and relatives, Partners. */
export function groups(letters: string): RespondentGroup[] {
  return [...letters].map((letter) => {
    const group = GROUP_LETTERS[letter];
    if (!group) {
      throw new Error(`Unknown respondent group letter ${letter}`);
    }
    return group;
  });
}

/** A required statement on the agreement scale, with «Ved ikke» allowed. */
export function statement(key: string, who: string, da: string, en: string, help?: LocalizedText): QuestionInput {
  return {
    type: "scale",
    key,
    audiences: groups(who),
    text: { da, en },
    labels: AGREEMENT,
    allowDontKnow: true,
    required: true,
    ...(help ? { help } : {}),
  };
}

/** An optional open question. */
export function openQuestion(key: string, who: string, da: string, en: string): QuestionInput {
  return { type: "text", key, audiences: groups(who), text: { da, en }, required: false, maxLength: 2000 };
}
