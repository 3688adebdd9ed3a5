import ExcelJS from "exceljs";
import { crc32, deflateRawSync } from "node:zlib";
import type { LightMyRequestResponse } from "fastify";
import type { ImportPreview } from "../../../domain/organisation-views.js";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCompetence, buildOrganisation, nextCvr } from "../../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { XLSX_LIMITS } from "./transfer.zip-guard.js";

let test: TestApp;
let agent: Client;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  await buildCompetence(test.db, "sensorer", "Sensorer og IoT", "Sensors and IoT");
  await buildCompetence(test.db, "robotteknologi", "Robotteknologi", "Robotics");
});
afterAll(async () => {
  await test.close();
});

function multipart(filename: string, content: Buffer | string, contentType = "text/csv") {
  const boundary = "----samspil-test-boundary";
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
    `filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const body = Buffer.concat([
    Buffer.from(head),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

async function waitForJob(id: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const response = await agent.request({ method: "GET", url: `/api/organisations/import/${id}` });
    const job = response.json<Record<string, unknown>>();
    if (job.status !== "running") {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("import did not finish");
}

async function importFile(filename: string, content: Buffer | string): Promise<Record<string, unknown>> {
  const started = await agent.request({
    method: "POST",
    url: "/api/organisations/import",
    ...multipart(filename, content),
  });
  expect(started.statusCode).toBe(202);
  // Answered once the file is parsed: the rows are checked in the job (issue 16).
  expect(started.json()).toMatchObject({ kind: "import", phase: "checking", processed: 0 });
  return waitForJob(started.json<{ id: string }>().id);
}

/** The check of a file, as the import page runs it: 202 with a job right after parsing, then its preview. */
async function previewFile(filename: string, content: Buffer | string): Promise<ImportPreview> {
  const started = await agent.request({
    method: "POST",
    url: "/api/organisations/import/preview",
    ...multipart(filename, content),
  });
  expect(started.statusCode, started.body).toBe(202);
  expect(started.json()).toMatchObject({ kind: "preview", phase: "checking", status: "running" });
  const job = await waitForJob(started.json<{ id: string }>().id);
  expect(job).toMatchObject({ kind: "preview", status: "done", created: 0, updated: 0 });
  return job.preview as ImportPreview;
}

const countOrganisations = async () =>
  Number(
    (
      await test.db
        .selectFrom("organisations")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("import preview", () => {
  it("reports each row's action and each bad field, and writes nothing", async () => {
    const existingCvr = nextCvr();
    await buildOrganisation(test.db, { name: "Findes Allerede ApS", cvr: existingCvr });
    const before = await countOrganisations();
    const csv = [
      "Navn;Type;CVR;Kommunekode;Ansatte;Kompetencer;Beskrivelse",
      `Ny Sensor ApS;company;${nextCvr()};101;10-49;Sensorer og IoT;Sensorer til natten`,
      `Findes Allerede ApS;company;${existingCvr};751;1-9;;Opdateret`,
      ";company;12345678;0999;many;Astrologi;",
    ].join("\n");
    const preview = await previewFile("liste.csv", csv);
    expect(preview).toMatchObject({ total: 3, create: 1, update: 1, invalid: 1 });
    expect(preview.rows[2]).toMatchObject({ row: 4, action: "error" });
    expect(Object.keys(preview.rows[2].errors ?? {}).sort()).toEqual([
      "competences",
      "cvr",
      "employeeBand",
      "municipalityCode",
      "name",
    ]);
    expect(await countOrganisations()).toBe(before);
  });

  it("refuses a file without the required headers, naming the file", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      ...multipart("x.csv", "Farve;Smag\nrød;sød"),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.file).toContain("Navn");
  });

  it("refuses a broken XLSX and a binary file", async () => {
    const broken = await agent.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      ...multipart("x.xlsx", Buffer.from("PK\u0003\u0004garbage")),
    });
    expect(broken.statusCode).toBe(400);
    const binary = await agent.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      ...multipart("x.csv", Buffer.from([0, 159, 146, 150, 0, 1])),
    });
    expect(binary.statusCode).toBe(400);
  });

  it("answers 415 when the body is not multipart", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      payload: { file: "x" },
    });
    expect(response.statusCode).toBe(415);
  });

  it("is only for agents and admins", async () => {
    const memberOrg = await buildOrganisation(test.db, { name: "Medlem ApS" });
    const member = await signIn(test, "member", memberOrg);
    const response = await member.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      ...multipart("x.csv", "Navn;Type\nA;company"),
    });
    expect(response.statusCode).toBe(403);
  });
});

describe("import", () => {
  it("applies the valid rows, skips the bad ones, and importing again creates no duplicates", async () => {
    const cvrA = nextCvr();
    const csv = [
      "Navn;Type;CVR;Kommunekode;Beskrivelse",
      `Import Et ApS;company;${cvrA};101;Første`,
      "Import To ApS;company;;751;Anden uden CVR",
      "Import Dårlig ApS;company;11111111;101;Forkert CVR",
    ].join("\n");
    const before = await countOrganisations();
    const job = await importFile("import.csv", csv);
    expect(job).toMatchObject({ status: "done", phase: "writing", total: 2, created: 2, updated: 0, skipped: 1 });
    // The bad-row report stays with the finished job.
    expect(job.preview).toMatchObject({ total: 3, create: 2, invalid: 1 });
    expect((job.preview as ImportPreview).rows[2]).toMatchObject({
      row: 4,
      action: "error",
      errors: { cvr: expect.any(String) },
    });
    expect(await countOrganisations()).toBe(before + 2);

    const again = await importFile("import.csv", csv.replace("Første", "Første, rettet"));
    expect(again).toMatchObject({ status: "done", created: 0, updated: 2, skipped: 1 });
    expect(await countOrganisations()).toBe(before + 2);
    const row = await test.db
      .selectFrom("organisations")
      .select(["description"])
      .where("cvr", "=", cvrA)
      .executeTakeFirstOrThrow();
    expect(row.description).toBe("Første, rettet");
    const audit = await test.db.selectFrom("audit_log").select("action").where("action", "=", "import").execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("writes each row's search document with the row, as the update did; terms and name keys once", async () => {
    const csv = [
      "Navn;Type;CVR;Branchekoder;Kompetencer;Adresse;Beskrivelse",
      `Robotteknik Velfærd ApS;company;${nextCvr()};62.01;"sensorer, robotteknologi";Havnevej 3;Robotter til plejen`,
      `Sensorhuset ApS;company;${nextCvr()};;;;Målinger i hjemmet`,
    ].join("\n");
    expect(await importFile("dokument.csv", csv)).toMatchObject({ status: "done", created: 2 });
    // The expression refreshSearchVectors ran after the insert until issue 16, on the stored row and its links.
    // Its competences came in the plan's order, so positions inside their part may differ; each word's weights
    // in position order (all ts_rank reads, and so the terms and name keys) may not.
    const { rows } = await sql<{
      stored: string;
      words: string[];
      expected_words: string[];
      terms: string[];
      keys: string[];
      expected_terms: string[];
      expected_keys: string[];
    }>`
      with docs as (
        select o.*, setweight(to_tsvector('danish', coalesce(o.name, '')), 'A') ||
          setweight(to_tsvector('danish', coalesce((
            select string_agg(c.name_da || ' ' || c.name_en, ' ')
            from organisation_competences oc join competences c on c.id = oc.competence_id
            where oc.organisation_id = o.id), '')), 'B') ||
          setweight(to_tsvector('danish', coalesce(o.description, '')), 'C') ||
          setweight(to_tsvector('danish', coalesce((
            select string_agg(d.title, ' ') from db07_codes d where d.code = any(o.db07_codes)), '')
            || ' ' || coalesce(o.address, '')), 'D') ||
          setweight(to_tsvector('danish', coalesce(o.search_extra, '')), 'D') as recomputed
        from organisations o where o.name in ('Robotteknik Velfærd ApS', 'Sensorhuset ApS'))
      select o.search_vector::text as stored,
        array(select u.lexeme || ':' || array_to_string(u.weights, '') from unnest(o.search_vector) u
          order by 1) as words,
        array(select u.lexeme || ':' || array_to_string(u.weights, '') from unnest(o.recomputed) u
          order by 1) as expected_words,
        array(select t.term from organisation_terms t where t.organisation_id = o.id order by 1) as terms,
        array(select k.key || '=' || k.score from organisation_name_keys k where k.organisation_id = o.id
          order by 1) as keys,
        array(select t from unnest(tsvector_to_array(o.search_vector)) t order by 1) as expected_terms,
        array(select k.key || '=' || k.score::real from organisation_name_keys_of(o.name, o.search_vector) k
          order by 1) as expected_keys
      from docs o order by o.name`.execute(test.db);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.words).toEqual(row.expected_words);
      expect(row.terms).toEqual(row.expected_terms);
      expect(row.keys).toEqual(row.expected_keys);
    }
    // The competences (B), the industry title and address (D: no letter shown) are in the document, and the
    // compound part «robot» is a name key.
    expect(rows[0].stored).toMatch(/'sensor':\d+B/);
    expect(rows[0].stored).toMatch(/'robotic':\d+B/);
    expect(rows[0].stored).toMatch(/'havnevej':\d+( |$)/);
    expect(rows[0].stored).toMatch(/'computerprogrammering':\d+( |$)/);
    expect(rows[0].keys.some((key) => key.startsWith("robot="))).toBe(true);
  });

  it("reads XLSX workbooks", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ark1");
    sheet.addRow(["Navn", "Type", "CVR", "Kommunekode"]);
    sheet.addRow(["Regneark ApS", "company", nextCvr(), 851]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const job = await importFile("liste.xlsx", buffer);
    expect(job).toMatchObject({ status: "done", created: 1 });
    const row = await test.db
      .selectFrom("organisations")
      .select("municipality_code")
      .where("name", "=", "Regneark ApS")
      .executeTakeFirstOrThrow();
    expect(row.municipality_code).toBe("0851");
  });

  it("stores nothing when a row fails while being applied (one transaction)", async () => {
    const cvr = nextCvr();
    const csv = ["Navn;Type;CVR", `Atomar Et ApS;company;${nextCvr()}`, `Atomar To ApS;company;${cvr}`].join("\n");
    // The row is valid when checked, but another organisation takes its CVR before it is applied.
    const started = await agent.request({
      method: "POST",
      url: "/api/organisations/import",
      ...multipart("a.csv", csv),
    });
    await buildOrganisation(test.db, { name: "Kom Først ApS", cvr }).catch(() => undefined);
    const job = await waitForJob(started.json<{ id: string }>().id);
    const names = await test.db.selectFrom("organisations").select("name").where("name", "like", "Atomar%").execute();
    if (job.status === "failed") {
      expect(names).toEqual([]);
      expect(job).toMatchObject({ created: 0, updated: 0 });
    } else {
      // The import won the race: then both rows are there and the late insert was refused.
      expect(names).toHaveLength(2);
    }
  });
});

describe("export", () => {
  async function download(query: string): Promise<LightMyRequestResponse> {
    const response = await agent.request({ method: "GET", url: `/api/organisations/export?${query}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="organisationer-\d{4}-\d{2}-\d{2}\.(csv|xlsx)"$/,
    );
    return response;
  }

  it("exports the filtered list as CSV that imports back unchanged, without contact persons", async () => {
    await buildOrganisation(test.db, {
      name: "=Eksport ApS",
      municipalityCode: "0461",
      description: "Eksporteret tekst",
      contactPersons: [{ name: "Hemmelig Person", email: "hemmelig@example.dk" }],
    });
    const response = await download("format=csv&municipalityCode=0461");
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const text = response.body;
    expect(text.startsWith("\uFEFFNavn;Type;CVR")).toBe(true);
    expect(text).toContain("'=Eksport ApS");
    expect(text).not.toContain("hemmelig@example.dk");
    expect(text).not.toContain("Import Et ApS");
  });

  it("exports XLSX with a header row and one row per organisation", async () => {
    const response = await download("format=xlsx&q=Regneark");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("Navn");
    expect(sheet.getRow(2).getCell(1).value).toBe("Regneark ApS");
    expect(sheet.rowCount).toBe(2);
  });
});

describe("import speaks Danish", () => {
  const preview = (csv: string) => previewFile("liste.csv", csv);

  it("imports Samspil's own export again with zero errors, units under a municipality without CVR too", async () => {
    const municipality = await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Genimport Kommune",
      municipalityCode: "0169",
      cvr: null,
    });
    await buildOrganisation(test.db, {
      kind: "public_unit",
      name: "Genimport Hjemmepleje",
      municipalityCode: "0169",
      parentId: municipality,
      careAreas: ["home_care", "dementia"],
    });
    await buildOrganisation(test.db, {
      name: "Genimport Sensor ApS",
      municipalityCode: "0169",
      employeeBand: "50-249",
    });
    const exported = await agent.request({
      method: "GET",
      url: "/api/organisations/export?format=csv&municipalityCode=0169",
    });
    expect(exported.body).toContain("Offentlig enhed");
    expect(exported.body).toContain("Genimport Kommune");
    expect(exported.body).toContain("Hjemmepleje; Demens");
    const result = await preview(exported.body);
    expect(result).toMatchObject({ total: 3, invalid: 0, update: 3, create: 0 });
  });

  it("reads a file mixing Danish and English labels, naming row 37's wrong value and the allowed ones", async () => {
    const rows = ["Navn;Type;Kommunekode;Ansatte;Plejeområder"];
    for (let index = 2; index <= 40; index += 1) {
      const danish = index % 2 === 0;
      rows.push(
        [
          `Blandet ${index} ApS`,
          index === 37 ? "Firmaet" : danish ? "Virksomhed" : "company",
          "101",
          danish ? "12" : "10-49 employees",
          danish ? "Hjemmepleje; Ældrepleje" : "Home care; elder_care",
        ].join(";"),
      );
    }
    const result = await preview(rows.join("\n"));
    expect(result).toMatchObject({ total: 39, create: 38, invalid: 1 });
    const wrong = result.rows.find((row) => row.action === "error");
    expect(wrong?.row).toBe(37);
    expect(wrong?.errors).toEqual({
      kind:
        "«Firmaet» kendes ikke. Tilladte værdier: Kommune, Region, Statslig institution, Offentlig enhed, " +
        "Virksomhed, Videninstitution, Klynge eller innovationsfacilitator, Anden organisation",
    });
  });
});

/** A zip (stored or deflated parts) built by hand, so a part's declared size can lie. */
function buildZip(parts: { name: string; content: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const compressed = deflateRawSync(part.content, { level: 9 });
    const size = part.declaredSize ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(part.content), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(part.content), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe("import of a zip bomb", () => {
  const bombSheet = () =>
    Buffer.concat([
      Buffer.from('<?xml version="1.0"?><worksheet><sheetData>'),
      Buffer.alloc(200 * 1024 * 1024, "<row><c><v>1</v></c></row>"),
      Buffer.from("</sheetData></worksheet>"),
    ]);

  it("refuses a sheet unpacking to 200 MB with 413 naming the limit; the server stays responsive", async () => {
    const zip = buildZip([{ name: "xl/worksheets/sheet1.xml", content: bombSheet() }]);
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      ...multipart("bomb.xlsx", zip, "application/octet-stream"),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toContain(`${XLSX_LIMITS.maxInflatedBytes / 1024 / 1024} MB`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await test.app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
  });

  it("refuses a part that declares a small size but inflates past the limit", async () => {
    const zip = buildZip([{ name: "xl/worksheets/sheet1.xml", content: bombSheet(), declaredSize: 1_000 }]);
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      ...multipart("liar.xlsx", zip, "application/octet-stream"),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toContain(`${XLSX_LIMITS.maxInflatedBytes / 1024 / 1024} MB`);
  });

  it("refuses a small workbook with too many cells before parsing it", async () => {
    const row = `<row>${"<c><v>1</v></c>".repeat(100)}</row>`;
    const rows = Math.ceil(XLSX_LIMITS.maxCells / 100) + 1;
    expect(rows).toBeLessThan(XLSX_LIMITS.maxRows);
    const sheet = Buffer.from(`<worksheet><sheetData>${row.repeat(rows)}</sheetData></worksheet>`);
    const zip = buildZip([{ name: "xl/worksheets/sheet1.xml", content: sheet }]);
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations/import/preview",
      ...multipart("wide.xlsx", zip, "application/octet-stream"),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toContain("cells");
  });
});
