import ExcelJS from "exceljs";
import type { AssessmentResults } from "../../../domain/assessment/index.js";
import { describeAnswer, listQuestions, localize, type AnswerSet, type QuestionnaireDefinition } from "../../../domain/questionnaire/index.js";

export interface ExportResponse {
  audience: string;
  language: string;
  submittedAt: Date;
  answers: AnswerSet;
}

const TYPE_LABELS: Record<string, string> = { scale: "Skala 1–5", single: "Ét valg", multiple: "Flere valg", text: "Fritekst" };

function styleHeader(sheet: ExcelJS.Worksheet, rows: number): void {
  for (let index = 1; index <= rows; index += 1) {
    sheet.getRow(index).font = { bold: true };
  }
  sheet.views = [{ state: "frozen", ySplit: rows }];
}

/**
 * The raw answers of the submitted responses, one row per response, pseudonymised (R01, R02…:
 * no names or e-mail addresses), a scale answer as its number and «Ved ikke» as text; then the
 * questions, and the scores per dimension and group.
 */
export async function buildAnswersWorkbook(title: string, definition: QuestionnaireDefinition, responses: readonly ExportResponse[], results: AssessmentResults): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspil";
  workbook.created = new Date();
  const questions = listQuestions(definition);
  const groupLabel = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;

  const answers = workbook.addWorksheet("Svar");
  answers.addRow(["Besvarelse", "Gruppe", "Sprog", "Indsendt", ...questions.map(({ question }) => question.key)]);
  answers.addRow([title, "", "", "", ...questions.map(({ question }) => localize(question.text, "da"))]);
  responses.forEach((response, index) => {
    const cells = questions.map(({ question }) => {
      const value = response.answers[question.key];
      if (!question.audiences.includes(response.audience) || value === undefined) {
        return null;
      }
      return question.type === "scale" && typeof value === "number" ? value : describeAnswer(question, value, "da");
    });
    answers.addRow([`R${String(index + 1).padStart(2, "0")}`, groupLabel(response.audience), response.language, response.submittedAt, ...cells]);
  });
  answers.getColumn(4).numFmt = "yyyy-mm-dd hh:mm";
  answers.columns.forEach((column, index) => {
    column.width = index < 4 ? 16 : 22;
  });
  styleHeader(answers, 2);

  const questionSheet = workbook.addWorksheet("Spørgsmål");
  questionSheet.addRow(["Nøgle", "Dimension", "Type", "Spørgsmål", "Question", "Grupper", "Obligatorisk"]);
  for (const { section, question } of questions) {
    questionSheet.addRow([
      question.key,
      localize(section.title, "da"),
      TYPE_LABELS[question.type],
      localize(question.text, "da"),
      localize(question.text, "en"),
      question.audiences.map(groupLabel).join(", "),
      question.required ? "Ja" : "Nej",
    ]);
  }
  questionSheet.columns = [{ width: 20 }, { width: 26 }, { width: 12 }, { width: 70 }, { width: 70 }, { width: 40 }, { width: 12 }];
  styleHeader(questionSheet, 1);

  const scores = workbook.addWorksheet("Scorer");
  scores.addRow(["Dimension", "Samlet (0–100)", ...results.groups.map((group) => group.label)]);
  for (const dimension of results.dimensions) {
    scores.addRow([dimension.label, dimension.overall, ...results.groups.map((group) => dimension.groups[group.key]?.score ?? null)]);
  }
  scores.columns = [{ width: 30 }, ...Array.from({ length: results.groups.length + 1 }, () => ({ width: 18 }))];
  styleHeader(scores, 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
