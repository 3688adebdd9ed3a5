import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { detectAttachmentType, sanitiseFilename } from "../../domain/calls.js";
import { DANISH_PHASE_NAMES, EntryInput, type CaseParty } from "../../domain/knowledge/entries.js";
import type { Db } from "../db/database.js";
import { importPublishedEntries, type ImportedEntry } from "../modules/knowledge/import.service.js";
import { DEMO_CASE_NOTES } from "./demo-knowledge-cases.js";
import { DEMO_METHODS } from "./demo-knowledge-methods.js";

const DATA_DIR = path.resolve(import.meta.dirname, "../../../data");

interface DemoCase {
  id: string;
  title: string;
  year: string;
  public_partners: string[];
  private_partners: string[];
  knowledge_partners: string[];
  evaluator: string[];
  funding: string[];
  need_description_da: string;
  solution_type: string;
  outcome: string;
  sources: string[];
}

export interface ToolManifestEntry {
  slug: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  targetSides: string[];
  phase: string;
  author: string;
  version: string;
  changes: { version: string; date: string; note: string }[];
  files: { name: string; mediaType: string }[];
}

/** A shipped template's type, checked by content as uploads are; Markdown is checked as plain text. */
export function shippedFileType(filename: string, bytes: Buffer): string | null {
  if (filename.toLowerCase().endsWith(".md")) {
    return detectAttachmentType(filename.replace(/\.md$/i, ".txt"), bytes) ? "text/markdown; charset=utf-8" : null;
  }
  return detectAttachmentType(filename, bytes);
}

const party = (name: string, side: CaseParty["side"], role: CaseParty["role"]): CaseParty => ({
  organisationId: null,
  name,
  side,
  role,
});

export function demoCaseEntries(cases: DemoCase[]): ImportedEntry[] {
  return cases.flatMap((item) => {
    const notes = DEMO_CASE_NOTES[item.id];
    if (!notes) {
      return [];
    }
    const [firstPublic, ...otherPublic] = item.public_partners;
    const parties = [
      ...(firstPublic ? [party(firstPublic, "public", "initiator")] : []),
      ...otherPublic.map((name) => party(name, "public", "collaborator")),
      ...item.private_partners.map((name) => party(name, "company", "collaborator")),
      ...item.knowledge_partners.map((name) => party(name, "knowledge", "collaborator")),
      ...item.evaluator.map((name) => party(name, "knowledge", "evaluator")),
      ...item.funding.map((name) => party(name, "public", "funder")),
    ];
    const input = EntryInput.parse({
      kind: "case",
      title: item.title,
      summary: notes.summary,
      facts: {
        status: notes.status,
        need: item.need_description_da,
        needEvidence: `Periode: ${item.year}. ${item.outcome}`,
        solution: item.solution_type,
        parties,
        phase: notes.phase,
        model: notes.model,
        careArea: notes.careArea,
        innovationType: notes.innovationType,
        novelty: notes.novelty,
        technology: notes.technology,
        funding: item.funding.join(", "),
        publicResults: notes.results,
        lessons: notes.lessons,
        conditions: notes.conditions,
        suppliedBy: "Samspil, efter de angivne kilder",
        licence: "CC BY 4.0",
        sources: item.sources,
      },
    });
    return [
      {
        sourceKey: `case:${item.id}`,
        input,
        uses: notes.methods,
        adoptions: notes.adoptedBy.map((areaCode) => ({ areaCode, level: "implemented" as const })),
      },
    ];
  });
}

export function demoToolEntries(toolsDir: string): { entries: ImportedEntry[]; refused: string[] } {
  const manifest = path.join(toolsDir, "index.json");
  if (!existsSync(manifest)) {
    return { entries: [], refused: [] };
  }
  const tools = JSON.parse(readFileSync(manifest, "utf8")) as ToolManifestEntry[];
  const refused: string[] = [];
  const entries = tools.map((tool) => {
    const files = tool.files.flatMap((file) => {
      const filename = sanitiseFilename(file.name);
      const content = readFileSync(path.join(toolsDir, filename));
      const mediaType = shippedFileType(filename, content);
      if (!mediaType) {
        refused.push(filename);
        return [];
      }
      return [{ filename, mediaType, content }];
    });
    const input = EntryInput.parse({
      kind: "tool",
      title: tool.title,
      titleEn: tool.titleEn,
      summary: tool.summary.slice(0, 500),
      summaryEn: tool.summaryEn.slice(0, 500),
      facts: {
        author: tool.author,
        version: tool.version,
        targetSides: tool.targetSides,
        phase: DANISH_PHASE_NAMES[tool.phase] ?? tool.phase,
        changes: tool.changes,
        samspilLink: tool.slug.startsWith("business-case") ? "/business-cases" : "",
      },
    });
    return { sourceKey: `tool:${tool.slug}`, input, files };
  });
  return { entries, refused };
}

/**
 * The knowledge base's shipped content: the methods and collaboration models, the tool templates (when
 * data/knowledge/tools/index.json is there) and the real cases, published once. Returns how many were new.
 */
export async function loadKnowledgeContent(
  db: Db,
  dirs: { dataDir?: string; toolsDir?: string } = {},
): Promise<{ created: number; refusedFiles: string[] }> {
  const dataDir = dirs.dataDir ?? DATA_DIR;
  const methods: ImportedEntry[] = DEMO_METHODS.map((method) => ({
    sourceKey: method.key,
    input: EntryInput.parse({
      kind: "method",
      title: method.title,
      titleEn: method.titleEn,
      summary: method.summary,
      facts: method.facts,
    }),
  }));
  const tools = demoToolEntries(dirs.toolsDir ?? path.join(dataDir, "knowledge", "tools"));
  const cases = JSON.parse(readFileSync(path.join(dataDir, "demo_cases.json"), "utf8")) as { cases: DemoCase[] };
  const created = await importPublishedEntries(db, [...methods, ...tools.entries, ...demoCaseEntries(cases.cases)]);
  return { created, refusedFiles: tools.refused };
}
