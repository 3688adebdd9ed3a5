import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeEntry, KnowledgePage } from "../../../domain/knowledge/views.js";
import { loadKnowledgeContent } from "../../seed/demo-knowledge.js";
import { anonymous, createTestApp, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let toolsDir: string;

beforeAll(async () => {
  test = await createTestApp();
  // A manifest fixture in the shape the tool templates ship in (data/knowledge/tools/index.json).
  toolsDir = mkdtempSync(path.join(tmpdir(), "samspil-tools-"));
  writeFileSync(path.join(toolsDir, "testplan.md"), "# Testplan\n\nHvad testes, hvor og hvordan?\n");
  writeFileSync(path.join(toolsDir, "testplan.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
  writeFileSync(path.join(toolsDir, "forklaedt.docx"), "<html>ikke et dokument</html>");
  writeFileSync(
    path.join(toolsDir, "index.json"),
    JSON.stringify([
      {
        slug: "testplan",
        title: "Testplan for en afprøvning",
        titleEn: "Test plan",
        summary: "Skabelon til en afprøvning i et living lab",
        summaryEn: "A template for a living-lab test",
        targetSides: ["public", "company"],
        phase: "innovation",
        author: "Samspils innovationsagenter",
        version: "1.1",
        changes: [
          { version: "1.0", date: "2026-12-01", note: "Første udgave." },
          { version: "1.1", date: "2026-12-07", note: "Samtykke tilføjet." },
        ],
        files: [
          {
            name: "testplan.docx",
            mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          },
          { name: "testplan.md", mediaType: "text/markdown" },
          {
            name: "forklaedt.docx",
            mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          },
        ],
      },
    ]),
  );
});
afterAll(async () => {
  await test.close();
});

const get = async <T>(url: string) => (await anonymous(test.app).request({ method: "GET", url })).json<T>();

describe("shipped knowledge content", () => {
  it("publishes methods, models, tools and the real cases once; a file whose bytes lie is left out", async () => {
    const first = await loadKnowledgeContent(test.db, { toolsDir });
    expect(first.created).toBe(10 + 1 + 12);
    expect(first.refusedFiles).toEqual(["forklaedt.docx"]);
    expect((await loadKnowledgeContent(test.db, { toolsDir })).created).toBe(0);
    const methods = await get<KnowledgePage>("/api/knowledge?kind=method");
    expect(methods.total).toBe(10);
    expect(methods.items.map((item) => item.title)).toEqual(
      expect.arrayContaining(["Åben innovation", "Offentlige living labs", "Mini-afprøvning", "Udbudsfri OPI"]),
    );
    const cases = await get<KnowledgePage>("/api/knowledge?kind=case&limit=100");
    expect(cases.total).toBe(12);
  });

  it("a tool has its version history and files; a method lists the cases that used it", async () => {
    const [tool] = (await get<KnowledgePage>("/api/knowledge?kind=tool")).items;
    const entry = await get<KnowledgeEntry>(`/api/knowledge/${tool.id}`);
    expect(entry.facts).toMatchObject({ phase: "innovation", version: "1.1", targetSides: ["public", "company"] });
    expect(entry.files.map((file) => [file.filename, file.mediaType])).toEqual([
      ["testplan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["testplan.md", "text/markdown; charset=utf-8"],
    ]);
    const [livingLab] = (await get<KnowledgePage>("/api/knowledge?kind=method&q=living")).items;
    const method = await get<KnowledgeEntry>(`/api/knowledge/${livingLab.id}`);
    expect(method.usedBy.map((item) => item.title)).toEqual(
      expect.arrayContaining(["SMOOTH – servicerobot til plejecenter"]),
    );
  });

  it(
    "TeleCare Nord: taken up by 11 of 98 municipalities, all in Nordjylland; «robot» finds " + "the service robot",
    async () => {
      const [telecare] = (await get<KnowledgePage>("/api/knowledge?q=telemedicin&kind=case")).items;
      expect(telecare.adoptedByMunicipalities).toBe(11);
      const entry = await get<KnowledgeEntry>(`/api/knowledge/${telecare.id}`);
      expect(entry.spread.byRegion.find((row) => row.regionCode === "1081")).toMatchObject({ implemented: 11 });
      const robots = await get<KnowledgePage>("/api/knowledge?q=robot&kind=case");
      expect(robots.items.map((item) => item.title)).toEqual(
        expect.arrayContaining([
          "SMOOTH – servicerobot til plejecenter",
          "Spiserobotter, Aarhus Kommune (KOMTEK-puljen)",
        ]),
      );
      const stopped = await get<KnowledgePage>("/api/knowledge?status=stopped");
      expect(stopped.items.map((item) => item.title)).toEqual([
        "Vaske-tørre-toiletter på plejehjem, Københavns Kommune (negativt udfald)",
      ]);
    },
  );
});
