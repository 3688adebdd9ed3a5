import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { AGREEMENT_MODEL_LABELS, type AgreementModel } from "../../../domain/process/agreement-model.js";
import { AGREEMENT_LABELS, type AgreementItem, type AgreementStatus } from "../../../domain/process/phases.js";
import type { ParticipantRole } from "../../../domain/process/schemas.js";
import texts from "./agreement-draft.da.json" with { type: "json" };

export type DraftSide = "public" | "company" | "knowledge" | "other";

/** What a draft agreement says, already filtered for its reader. */
export interface AgreementDraft {
  title: string;
  description: string;
  model: AgreementModel;
  generatedOn: string;
  needs: { title: string; ownerName: string }[];
  parties: {
    name: string;
    cvr: string | null;
    /** The legal entity a unit without a CVR of its own belongs to. */
    legalEntity: string | null;
    address: string;
    side: DraftSide;
    role: ParticipantRole;
  }[];
  items: Record<AgreementItem, { status: AgreementStatus; note: string; attachment: string | null }>;
}

/** The clause texts live in a file of their own, so they can be read and corrected as text. */
const TEXTS = texts as Omit<typeof texts, "sections"> & {
  sections: { item: AgreementItem; heading: string; default: string }[];
};

const heading = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });

const body = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

const labelled = (label: string, text: string) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)],
    spacing: { after: 80 },
  });

function cell(text: string, isHeader = false, detail = ""): TableCell {
  const lines = [new Paragraph({ children: [new TextRun({ text, bold: isHeader })] })];
  if (detail !== "") {
    lines.push(new Paragraph({ children: [new TextRun({ text: detail, size: 18 })] }));
  }
  return new TableCell({
    children: lines,
    shading: isHeader ? { type: ShadingType.CLEAR, fill: "E7E7E7", color: "auto" } : undefined,
  });
}

function partiesTable(draft: AgreementDraft): Table {
  const rows = draft.parties.map(
    (party) =>
      new TableRow({
        children: [
          cell(party.legalEntity ? `${party.name} (under ${party.legalEntity})` : party.name, false, party.address),
          cell(party.cvr ?? "[CVR udfyldes]"),
          cell(TEXTS.sides[party.side]),
          cell(TEXTS.roles[party.role]),
        ],
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [cell("Part", true), cell("CVR-nr.", true), cell("Side", true), cell("Rolle i forløbet", true)],
      }),
      ...rows,
    ],
  });
}

function itemSection(number: number, draft: AgreementDraft, section: (typeof TEXTS.sections)[number]): Paragraph[] {
  const recorded = draft.items[section.item];
  const note = recorded.note.trim();
  const paragraphs = [
    heading(`${number}. ${section.heading}`),
    labelled("Status i aftaletjeklisten", TEXTS.statuses[recorded.status]),
    body(note !== "" ? note : `${TEXTS.notDescribed} ${section.default}`),
  ];
  if (recorded.attachment) {
    paragraphs.push(labelled("Bilag", recorded.attachment));
  }
  if (recorded.status === "open" || recorded.status === "in_progress") {
    const text = TEXTS.openItem.replace("{item}", AGREEMENT_LABELS.da[section.item]);
    paragraphs.push(new Paragraph({ children: [new TextRun({ text, italics: true })] }));
  }
  return paragraphs;
}

const redLine = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true, color: "B00020" })] });

/** Builds the draft agreement as a Word document; every page says it is a draft. */
export async function renderAgreementDraft(draft: AgreementDraft): Promise<Buffer> {
  const modelName = AGREEMENT_MODEL_LABELS.da[draft.model];
  const title = `Udkast til samarbejdsaftale: ${draft.title}`;
  let number = 0;
  const next = () => ++number;
  const description = draft.description.trim();
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: TEXTS.draftWarning, bold: true, color: "B00020" })],
      shading: { type: ShadingType.CLEAR, fill: "FFF4E5", color: "auto" },
      spacing: { after: 120 },
    }),
    body(TEXTS.intro.replace("{date}", draft.generatedOn)),
    labelled("Samarbejdsmodel", modelName),
    heading(`${next()}. Parter`),
    partiesTable(draft),
    heading(`${next()}. Formål og baggrund`),
    body(description !== "" ? description : "[Formålet med samarbejdet beskrives her.]"),
    ...(draft.needs.length > 0 ? [body("Samarbejdet tager udgangspunkt i disse behov:")] : []),
    ...draft.needs.map((need) => new Paragraph({ text: `${need.title} (${need.ownerName})`, bullet: { level: 0 } })),
    heading(`${next()}. Samarbejdsmodel: ${modelName}`),
    ...TEXTS.modelTexts[draft.model].map(body),
    ...TEXTS.sections.flatMap((section) => itemSection(next(), draft, section)),
    heading(`${next()}. Ophør`),
    ...TEXTS.termination.map(body),
    heading(`${next()}. Tvister og lovvalg`),
    body(TEXTS.disputes),
    heading(`${next()}. Underskrifter`),
    ...draft.parties.flatMap((party) => [body(`For ${party.legalEntity ?? party.name}:`), body(TEXTS.signatureLine)]),
  ];
  const footer = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ["Udkast · side ", PageNumber.CURRENT, " af ", PageNumber.TOTAL_PAGES] })],
  });
  const document = new Document({
    creator: "Samspil",
    title,
    description: TEXTS.draftWarning,
    sections: [
      {
        headers: { default: new Header({ children: [redLine(TEXTS.draftWarning)] }) },
        footers: { default: new Footer({ children: [footer] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
