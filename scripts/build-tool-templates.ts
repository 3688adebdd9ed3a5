/**
 * Builds the knowledge base's tool templates: each `data/knowledge/tools/<slug>.md` (the source, in Danish)
 * becomes `<slug>.docx`, with the manifest's English title and summary, author and version on the first page.
 * Run after editing a template or the manifest: `npx tsx scripts/build-tool-templates.ts`; commit both files.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Document, Footer, Packer, Paragraph, TextRun, AlignmentType, PageNumber } from "docx";
import { ToolManifest } from "../src/domain/knowledge/tool-manifest.js";
import { markdownToDocx } from "./markdown-docx.js";

const TOOLS = join(import.meta.dirname, "..", "data", "knowledge", "tools");

const manifest = ToolManifest.parse(JSON.parse(await readFile(join(TOOLS, "index.json"), "utf8")));
for (const tool of manifest) {
  const source = await readFile(join(TOOLS, `${tool.slug}.md`), "utf8");
  const [title, ...rest] = markdownToDocx(source);
  const about = new Paragraph({
    children: [
      new TextRun({ text: `${tool.titleEn}. `, italics: true }),
      new TextRun({ text: tool.summaryEn, italics: true }),
    ],
    spacing: { after: 120 },
  });
  const byline = new Paragraph({
    children: [
      new TextRun({ text: `${tool.author} · version ${tool.version} · ${tool.changes.at(-1)?.date ?? ""}`, size: 18 }),
    ],
    spacing: { after: 240 },
  });
  const document = new Document({
    creator: tool.author,
    title: tool.title,
    description: tool.summary,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${tool.title} · Samspil · side `, PageNumber.CURRENT, " af ", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [title, about, byline, ...rest],
      },
    ],
  });
  await writeFile(join(TOOLS, `${tool.slug}.docx`), await Packer.toBuffer(document));
  console.log(`${tool.slug}.docx`);
}
