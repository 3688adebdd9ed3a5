import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";

/**
 * Turns the small Markdown subset the tool templates are written in into Word blocks: headings (#, ##, ###),
 * paragraphs, bullets (-), check boxes (- [ ]), a note (>), tables (| a | b |) and **bold** inline. Anything
 * else is written as plain text, so nothing a template says is lost.
 */
export function markdownToDocx(markdown: string): FileChild[] {
  const blocks: FileChild[] = [];
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push(new Paragraph({ children: inline(paragraph.join(" ")), spacing: { after: 120 } }));
      paragraph = [];
    }
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trimEnd();
    const headingMatch = /^(#{1,3}) (.*)$/.exec(line);
    if (line.trim() === "") {
      flush();
    } else if (headingMatch) {
      flush();
      const level = headingMatch[1].length;
      blocks.push(
        new Paragraph({
          text: headingMatch[2],
          heading: level === 1 ? HeadingLevel.TITLE : level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          spacing: { before: level === 1 ? 0 : 240, after: 120 },
        }),
      );
    } else if (line.startsWith("- [ ] ")) {
      flush();
      blocks.push(
        new Paragraph({ children: inline(`☐ ${line.slice(6)}`), indent: { left: 360 }, spacing: { after: 80 } }),
      );
    } else if (line.startsWith("- ")) {
      flush();
      blocks.push(new Paragraph({ children: inline(line.slice(2)), bullet: { level: 0 } }));
    } else if (line.startsWith("> ")) {
      flush();
      blocks.push(
        new Paragraph({
          children: inline(line.slice(2)),
          shading: { type: ShadingType.CLEAR, fill: "EEF4FA", color: "auto" },
          spacing: { after: 120 },
        }),
      );
    } else if (line.startsWith("|")) {
      flush();
      const rows: string[][] = [];
      while (index < lines.length && lines[index].startsWith("|")) {
        const cells = lines[index]
          .trim()
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((cell) => cell.trim());
        if (!cells.every((cell) => /^-{3,}$/.test(cell))) {
          rows.push(cells);
        }
        index++;
      }
      index--;
      blocks.push(table(rows));
      blocks.push(new Paragraph({ text: "" }));
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

function inline(text: string): TextRun[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== "")
    .map((part) =>
      part.startsWith("**") && part.endsWith("**")
        ? new TextRun({ text: part.slice(2, -2), bold: true })
        : new TextRun(part),
    );
}

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          children: cells.map(
            (cell) =>
              new TableCell({
                // An empty cell is a field to fill in: give it room to write in.
                children: [
                  new Paragraph({ children: inline(cell), spacing: { before: 60, after: cell === "" ? 240 : 60 } }),
                ],
                shading: rowIndex === 0 ? { type: ShadingType.CLEAR, fill: "E7E7E7", color: "auto" } : undefined,
              }),
          ),
        }),
    ),
  });
}
