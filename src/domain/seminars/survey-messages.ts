import type { Language } from "../validation.js";
import type { SurveyKind } from "./survey-definitions.js";

/** The survey mail to an attendee, in their language, with their personal (anonymous) link. */
export function renderSurveyMessage(
  kind: SurveyKind,
  title: string,
  link: string,
  language: Language,
): { subject: string; text: string } {
  const da = language === "da";
  if (kind === "evaluation") {
    return {
      subject: da ? `Hvordan var «${title}»?` : `How was «${title}»?`,
      text: [
        da ? `Tak, fordi du deltog i «${title}».` : `Thank you for attending «${title}».`,
        da
          ? `Giv os din vurdering på to minutter. Svaret er anonymt og kan gives én gang: ${link}`
          : `Give us your view in two minutes. The answer is anonymous and can be given once: ${link}`,
      ].join("\n"),
    };
  }
  return {
    subject: da ? `Hvad kom der ud af «${title}»?` : `What came of «${title}»?`,
    text: [
      da
        ? `For et stykke tid siden deltog du i «${title}». Vi vil gerne vide, hvad der er sket siden.`
        : `Some time ago you attended «${title}». We would like to know what has happened since.`,
      da ? `Ét spørgsmål, anonymt: ${link}` : `One question, anonymous: ${link}`,
    ].join("\n"),
  };
}
