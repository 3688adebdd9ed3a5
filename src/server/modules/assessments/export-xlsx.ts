import ExcelJS from "exceljs";
import type { AssessmentResults } from "../../../domain/assessment/index.js";
import {
  describeAnswer,
  listQuestions,
  localize,
  type AnswerSet,
  type QuestionnaireDefinition,
} from "../../../domain/questionnaire/index.js";
import type { Language } from "../../../domain/validation.js";

export interface ExportResponse {
  audience: string;
  language: string;
  submittedAt: Date;
  answers: AnswerSet;
}

const TEXTS = {
  da: {
    answersSheet: "Svar",
    questionsSheet: "Spørgsmål",
    scoresSheet: "Scorer",
    response: "Besvarelse",
    group: "Gruppe",
    language: "Sprog",
    submitted: "Indsendt",
    key: "Nøgle",
    dimension: "Dimension",
    type: "Type",
    groups: "Grupper",
    required: "Obligatorisk",
    yes: "Ja",
    no: "Nej",
    overall: "Samlet (0–100)",
    tooFew: "For få svar til at vise (anonymitet)",
    protecting: "Skjult for at beskytte en mindre gruppe",
    withheldAnswers: (count: number, groups: string, minimum: number) =>
      `${count} ${count === 1 ? "besvarelse" : "besvarelser"} fra ${groups} vises ikke: for få svar ` +
      `til at vise (anonymitet, under ${minimum} i gruppen eller skjult for at beskytte en mindre ` +
      `gruppe). De tæller med i de samlede scorer.`,
    withheldCells:
      "Tomme felter: svar på en skala, som ikke vises, fordi for få fra gruppen svarede på " +
      "spørgsmålet eller i dimensionen (anonymitet).",
    types: { scale: "Skala 1–5", single: "Ét valg", multiple: "Flere valg", text: "Fritekst" },
  },
  en: {
    answersSheet: "Answers",
    questionsSheet: "Questions",
    scoresSheet: "Scores",
    response: "Response",
    group: "Group",
    language: "Language",
    submitted: "Submitted",
    key: "Key",
    dimension: "Dimension",
    type: "Type",
    groups: "Groups",
    required: "Required",
    yes: "Yes",
    no: "No",
    overall: "Overall (0–100)",
    tooFew: "Too few answers to show (anonymity)",
    protecting: "Hidden to protect a smaller group",
    withheldAnswers: (count: number, groups: string, minimum: number) =>
      `${count} ${count === 1 ? "response" : "responses"} from ${groups} not shown: too few answers ` +
      `to show (anonymity, fewer than ${minimum} in the group, or hidden to protect a smaller group). ` +
      `They count in the overall scores.`,
    withheldCells:
      "Empty cells: scale answers not shown because too few of the group answered the question or in " +
      "the dimension (anonymity).",
    types: { scale: "Scale 1–5", single: "One choice", multiple: "Several choices", text: "Free text" },
  },
} as const;

function styleHeader(sheet: ExcelJS.Worksheet, rows: number): void {
  for (let index = 1; index <= rows; index += 1) {
    sheet.getRow(index).font = { bold: true };
  }
  sheet.views = [{ state: "frozen", ySplit: rows }];
}

/**
 * The raw answers of the submitted responses in the reader's language, one row per response,
 * pseudonymised (R01, R02…: no names, e-mail addresses or links), a scale answer as its number
 * and «Ved ikke» as text; then the questions, and the scores per dimension and group. The
 * responses of a withheld group are left out, with a line that says so (`results.anonymity`, the
 * same rule as the results page); so are the scale answers of a group to a question or dimension
 * whose score is withheld, or the rows would give away what the scores keep back.
 */
export async function buildAnswersWorkbook(
  title: string,
  definition: QuestionnaireDefinition,
  responses: readonly ExportResponse[],
  results: AssessmentResults,
  language: Language,
): Promise<Buffer> {
  const text = TEXTS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspil";
  workbook.created = new Date();
  const questions = listQuestions(definition);
  const groupLabel = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  const withheld = new Set(results.anonymity.withheldGroups.map((group) => group.key));
  const shown = responses.filter((response) => !withheld.has(response.audience));

  const answers = workbook.addWorksheet(text.answersSheet);
  answers.addRow([
    text.response,
    text.group,
    text.language,
    text.submitted,
    ...questions.map(({ question }) => question.key),
  ]);
  answers.addRow([title, "", "", "", ...questions.map(({ question }) => localize(question.text, language))]);
  const withheldScale = new Set(
    results.dimensions.flatMap((dimension) =>
      dimension.questions.flatMap((question) =>
        Object.entries(question.groups)
          .filter(
            ([group, score]) =>
              (score === null && (question.answers[group] ?? 0) > 0) || dimension.groups[group]?.withheld,
          )
          .map(([group]) => `${question.key}\u0000${group}`),
      ),
    ),
  );
  let isAnyCellWithheld = false;
  shown.forEach((response, index) => {
    const cells = questions.map(({ question }) => {
      const value = response.answers[question.key];
      if (!question.audiences.includes(response.audience) || value === undefined) {
        return null;
      }
      if (question.type === "scale" && withheldScale.has(`${question.key}\u0000${response.audience}`)) {
        isAnyCellWithheld = true;
        return null;
      }
      return question.type === "scale" && typeof value === "number" ? value : describeAnswer(question, value, language);
    });
    answers.addRow([
      `R${String(index + 1).padStart(2, "0")}`,
      groupLabel(response.audience),
      response.language,
      response.submittedAt,
      ...cells,
    ]);
  });
  if (shown.length < responses.length) {
    const groups = results.anonymity.withheldGroups.map((group) => group.label).join(", ");
    answers.addRow([text.withheldAnswers(responses.length - shown.length, groups, results.anonymity.minimum)]);
  }
  if (isAnyCellWithheld) {
    answers.addRow([text.withheldCells]);
  }
  answers.getColumn(4).numFmt = "yyyy-mm-dd hh:mm";
  answers.columns.forEach((column, index) => {
    column.width = index < 4 ? 16 : 22;
  });
  styleHeader(answers, 2);

  const questionSheet = workbook.addWorksheet(text.questionsSheet);
  questionSheet.addRow([text.key, text.dimension, text.type, "Spørgsmål", "Question", text.groups, text.required]);
  for (const { section, question } of questions) {
    questionSheet.addRow([
      question.key,
      localize(section.title, language),
      text.types[question.type],
      localize(question.text, "da"),
      localize(question.text, "en"),
      question.audiences.map(groupLabel).join(", "),
      question.required ? text.yes : text.no,
    ]);
  }
  questionSheet.columns = [
    { width: 20 },
    { width: 26 },
    { width: 12 },
    { width: 70 },
    { width: 70 },
    { width: 40 },
    { width: 12 },
  ];
  styleHeader(questionSheet, 1);

  const scores = workbook.addWorksheet(text.scoresSheet);
  scores.addRow([text.dimension, text.overall, ...results.groups.map((group) => group.label)]);
  for (const dimension of results.dimensions) {
    scores.addRow([
      dimension.label,
      dimension.overall,
      ...results.groups.map((group) =>
        dimension.groups[group.key]?.withheld
          ? dimension.groups[group.key].respondents >= results.anonymity.minimum
            ? text.protecting
            : text.tooFew
          : (dimension.groups[group.key]?.score ?? null),
      ),
    ]);
  }
  scores.columns = [{ width: 30 }, ...Array.from({ length: results.groups.length + 1 }, () => ({ width: 18 }))];
  styleHeader(scores, 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
