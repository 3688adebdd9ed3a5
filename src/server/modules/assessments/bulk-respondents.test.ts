import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessmentWorld, startAssessment, type AssessmentWorld } from "../../test-support/worlds/assessments.js";

let world: AssessmentWorld;
let assessmentId: string;

beforeAll(async () => {
  world = await createAssessmentWorld();
  assessmentId = await startAssessment(world);
});
afterAll(async () => {
  await world.test.close();
});

function multipart(filename: string, content: Buffer) {
  const boundary = "----samspil-bulk-boundary";
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
    `filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** 40 people with Danish and English labels mixed; row 37 (with the header) has a group that does not exist. */
function mixedList(): string[][] {
  const groups = ["Medarbejdere", "staff", "LEDELSE", "Partners", "borgere og pårørende"];
  const rows = Array.from({ length: 40 }, (_, index) => [
    `Person ${index + 2}`,
    `person${index + 2}@plejen.example`,
    groups[index % groups.length],
  ]);
  rows[35][2] = "Pårørende";
  return [["Navn", "E-mail", "Gruppe"], ...rows];
}

const countRespondents = async () =>
  (
    await world.test.db
      .selectFrom("assessment_respondents")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("assessment_id", "=", assessmentId)
      .executeTakeFirstOrThrow()
  ).n;
const countMail = async () =>
  (
    await world.test.db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow()
  ).n;

describe("respondents in bulk", () => {
  it("previews a pasted list: good rows, each bad row's number, field and problem; nothing is sent", async () => {
    const text = mixedList()
      .map((row) => row.join("\t"))
      .join("\n");
    const before = [await countRespondents(), await countMail()];
    const response = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/bulk/preview`,
      payload: { text },
    });
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.rows).toHaveLength(39);
    expect(preview.rows[0]).toEqual({ row: 2, name: "Person 2", email: "person2@plejen.example", audience: "staff" });
    expect(preview.errors).toEqual([
      {
        row: 37,
        field: "group",
        message: "Gruppen skal være en af: Ledelse, Medarbejdere, Borgere og pårørende, Samarbejdspartnere",
      },
    ]);
    expect([await countRespondents(), await countMail()]).toEqual(before);
  });

  it("previews an uploaded XLSX and CSV the same way", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Respondenter");
    for (const row of mixedList()) {
      sheet.addRow(row);
    }
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/bulk/preview-file`,
      ...multipart("respondenter.xlsx", xlsx),
    });
    expect(fromXlsx.statusCode).toBe(200);
    expect(fromXlsx.json().rows).toHaveLength(39);
    expect(fromXlsx.json().errors.map((error: { row: number }) => error.row)).toEqual([37]);

    const csv = Buffer.from("\uFEFFNavn;E-mail;Gruppe\nIda;ida@plejen.example;Ledelse\nBo;bo@;Staff\n");
    const fromCsv = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/bulk/preview-file`,
      ...multipart("respondenter.csv", csv),
    });
    expect(fromCsv.json()).toMatchObject({
      rows: [{ row: 2, name: "Ida", audience: "management" }],
      errors: [{ row: 3, field: "email", message: "Skal være en gyldig e-mailadresse" }],
    });
    const broken = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/bulk/preview-file`,
      ...multipart("respondenter.xlsx", Buffer.from("ikke et regneark")),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().fields.file).toBe("Filen kan ikke læses som et XLSX-regneark");
  });

  it("refuses the whole list when one row is wrong, naming row and field, and writes nothing", async () => {
    const before = [await countRespondents(), await countMail()];
    const response = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/bulk`,
      payload: {
        text: mixedList()
          .map((row) => row.join(";"))
          .join("\n"),
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual({
      "row37.group": "Gruppen skal være en af: Ledelse, Medarbejdere, Borgere og pårørende, Samarbejdspartnere",
    });
    expect(response.json().message).toContain("ingen er inviteret");
    expect([await countRespondents(), await countMail()]).toEqual(before);
  });

  it("invites everyone on a right list with one mail each, in one go, and shows no links", async () => {
    const before = Number(await countRespondents());
    const mailBefore = Number(await countMail());
    const response = await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents/bulk`,
      payload: { text: "Ida Holm;ida@plejen.example;Ledelse\nBo Berg;bo@plejen.example;Medarbejdere\n" },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().invited).toBe(2);
    expect(JSON.stringify(response.json())).not.toMatch(/\/svar\//);
    expect(Number(await countRespondents())).toBe(before + 2);
    expect(Number(await countMail())).toBe(mailBefore + 2);
    const mails = await world.test.db
      .selectFrom("outbox")
      .select(["recipient", "body_text"])
      .where("recipient", "in", ["ida@plejen.example", "bo@plejen.example"])
      .execute();
    expect(mails).toHaveLength(2);
    expect(mails.every((mail) => /\/svar\/[A-Za-z0-9_-]{43}/.test(mail.body_text))).toBe(true);
  });

  it("is for the assessment's managers only", async () => {
    for (const client of [world.unitMember, world.companyMember]) {
      const response = await client.request({
        method: "POST",
        url: `/api/assessments/${assessmentId}/respondents/bulk`,
        payload: { text: "A;a@a.example;staff" },
      });
      expect([403, 404]).toContain(response.statusCode);
    }
  });
});
