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

const SIDES: Record<DraftSide, string> = {
  public: "Offentlig part",
  company: "Virksomhed",
  knowledge: "Videninstitution",
  other: "Anden part",
};

const ROLES: Record<ParticipantRole, string> = {
  need_owner: "Behovsejer",
  developer: "Udvikler/leverandør",
  knowledge_partner: "Videnpartner",
  test_site: "Testsite",
  funder: "Finansierende part",
  evaluator: "Evaluator",
};

const STATUSES: Record<AgreementStatus, string> = {
  open: "Åben – endnu ikke afklaret",
  in_progress: "Under afklaring",
  settled: "Afklaret",
  not_relevant: "Ikke relevant",
};

const MODEL_TEXTS: Record<AgreementModel, string[]> = {
  mini_trial: [
    "Samarbejdet er en mini-afprøvning: en kort, afgrænset afprøvning af virksomhedens eksisterende produkt hos den offentlige part, hvor brugere og medarbejdere giver tilbagemelding. Der udvikles ikke en ny løsning.",
    "Afprøvningen indebærer ikke noget køb og ingen forpligtelse til et senere køb. Skal den offentlige part senere anskaffe et tilsvarende produkt, sker det efter de almindelige udbudsregler.",
  ],
  udbudsfri_opi: [
    "Samarbejdet er et udbudsfrit OPI-samarbejde: parterne udvikler en ny løsning sammen, uden at den offentlige part køber en ydelse. Hver part bærer som udgangspunkt egne omkostninger.",
    "Den offentlige part må ikke love at købe løsningen bagefter. Et senere køb kræver et udbud, hvor virksomhedens forspring neutraliseres, fx ved at alle tilbudsgivere får det samme materiale. Samspil registrerer, hvad der er delt med hvem.",
  ],
  innovation_partnership: [
    "Samarbejdet er et innovationspartnerskab efter udbudslovens §§ 73–80: den offentlige part har udbudt udviklingen og det senere køb samlet, og partnerskabet er indgået efter udbuddet.",
    "Udviklingen sker i faser med mål og delmål. Når de aftalte præstationsniveauer og maksimalomkostninger er nået, kan den offentlige part købe løsningen uden et nyt udbud. Aftalen skal følge udbudsmaterialet.",
  ],
};

/** The standard sentence when the checklist has nothing written for an item. */
const ITEM_DEFAULTS: Record<AgreementItem, string> = {
  roles_costs:
    "Hver part bærer sine egne omkostninger, medmindre andet aftales skriftligt. Parternes timer, udstyr og eventuel finansiering beskrives her.",
  ip: "Rettigheder, som en part havde før samarbejdet, forbliver partens. Rettigheder til resultater, der skabes i samarbejdet, og hvem der må bruge dem bagefter, beskrives her.",
  confidentiality:
    "Parterne behandler hinandens forretningshemmeligheder fortroligt, også over for andre virksomheder i et netværk. Offentlighedslovens regler gælder for den offentlige part.",
  data_processing:
    "Behandler en part personoplysninger på den offentlige parts vegne, indgås en databehandleraftale efter databeskyttelsesforordningens artikel 28 som bilag.",
  procurement_basis:
    "Samarbejdets udbudsretlige grundlag og neutralisering af et eventuelt forspring ved et senere udbud beskrives her.",
  publication_rights:
    "Resultater og erfaringer må offentliggøres, når de parter, der nævnes, har set teksten og ikke indeholder forretningshemmeligheder.",
};

const SECTIONS: { item: AgreementItem; heading: string }[] = [
  { item: "roles_costs", heading: "Parternes bidrag, roller og omkostninger" },
  { item: "ip", heading: "Immaterielle rettigheder" },
  { item: "confidentiality", heading: "Fortrolighed" },
  { item: "data_processing", heading: "Personoplysninger og databehandling" },
  { item: "procurement_basis", heading: "Udbudsretligt grundlag" },
  { item: "publication_rights", heading: "Offentliggørelse" },
];

const DRAFT_WARNING =
  "UDKAST – til gennemsyn hos parternes juridiske rådgivere. Ikke underskrevet og ikke bindende for nogen part.";

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

const body = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

const labelled = (label: string, text: string) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)],
    spacing: { after: 80 },
  });

function cell(text: string, isHeader = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader })] })],
    shading: isHeader ? { type: ShadingType.CLEAR, fill: "E7E7E7", color: "auto" } : undefined,
  });
}

function partiesTable(draft: AgreementDraft): Table {
  const rows = draft.parties.map(
    (party) =>
      new TableRow({
        children: [
          cell(party.legalEntity ? `${party.name} (under ${party.legalEntity})` : party.name),
          cell(party.cvr ?? "[CVR udfyldes]"),
          cell(SIDES[party.side]),
          cell(ROLES[party.role]),
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

function itemSection(number: number, draft: AgreementDraft, item: AgreementItem, title: string): Paragraph[] {
  const recorded = draft.items[item];
  const paragraphs = [
    heading(`${number}. ${title}`),
    labelled("Status i aftaletjeklisten", STATUSES[recorded.status]),
    body(recorded.note.trim() !== "" ? recorded.note.trim() : `[Ikke beskrevet i tjeklisten] ${ITEM_DEFAULTS[item]}`),
  ];
  if (recorded.attachment) {
    paragraphs.push(labelled("Bilag", recorded.attachment));
  }
  if (recorded.status === "open" || recorded.status === "in_progress") {
    paragraphs.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `Punktet «${AGREEMENT_LABELS.da[item]}» er ikke afklaret endnu og skal aftales, før aftalen underskrives.`,
            italics: true,
          }),
        ],
      }),
    );
  }
  return paragraphs;
}

/** Builds the draft agreement as a Word document; every page says it is a draft. */
export async function renderAgreementDraft(draft: AgreementDraft): Promise<Buffer> {
  const modelName = AGREEMENT_MODEL_LABELS.da[draft.model];
  let number = 0;
  const next = () => ++number;
  const children = [
    new Paragraph({ text: `Udkast til samarbejdsaftale: ${draft.title}`, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: DRAFT_WARNING, bold: true, color: "B00020" })],
      shading: { type: ShadingType.CLEAR, fill: "FFF4E5", color: "auto" },
      spacing: { after: 120 },
    }),
    body(
      `Udkastet er dannet af Samspil den ${draft.generatedOn} ud fra forløbets aftaletjekliste. ` +
        "Det er ikke juridisk rådgivning. Tekster i [kantede parenteser] skal udfyldes eller tilpasses af parterne.",
    ),
    labelled("Samarbejdsmodel", modelName),
    heading(`${next()}. Parter`),
    partiesTable(draft),
    heading(`${next()}. Formål og baggrund`),
    body(draft.description.trim() !== "" ? draft.description.trim() : "[Formålet med samarbejdet beskrives her.]"),
    ...(draft.needs.length > 0
      ? [
          body("Samarbejdet tager udgangspunkt i disse behov:"),
          ...draft.needs.map(
            (need) => new Paragraph({ text: `${need.title} (${need.ownerName})`, bullet: { level: 0 } }),
          ),
        ]
      : []),
    heading(`${next()}. Samarbejdsmodel: ${modelName}`),
    ...MODEL_TEXTS[draft.model].map(body),
    ...SECTIONS.flatMap(({ item, heading: title }) => itemSection(next(), draft, item, title)),
    heading(`${next()}. Ophør`),
    body(
      "Samarbejdet ophører, når forløbet er gennemført, eller når parterne ved en gatebeslutning beslutter at stoppe. " +
        "Et stop er et legitimt udfald: parterne skriver erfaringerne ned, og de indgår i Samspils vidensbase, når parterne har godkendt det.",
    ),
    body(
      "Hver part kan opsige samarbejdet skriftligt med [antal] ugers varsel. Ved væsentlig misligholdelse kan samarbejdet ophæves uden varsel.",
    ),
    body(
      "Bestemmelserne om fortrolighed, immaterielle rettigheder og offentliggørelse gælder også efter ophør. Udlånt udstyr og data leveres tilbage eller slettes.",
    ),
    heading(`${next()}. Tvister og lovvalg`),
    body("Aftalen er underlagt dansk ret. Uenighed søges løst ved forhandling, før en part går videre med sagen."),
    heading(`${next()}. Underskrifter`),
    ...draft.parties.flatMap((party) => [
      body(`For ${party.legalEntity ?? party.name}:`),
      body("Dato: ____________   Navn: ______________________   Underskrift: ______________________"),
    ]),
  ];
  const document = new Document({
    creator: "Samspil",
    title: `Udkast til samarbejdsaftale: ${draft.title}`,
    description: DRAFT_WARNING,
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: DRAFT_WARNING, bold: true, color: "B00020" })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ["Udkast · side ", PageNumber.CURRENT, " af ", PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
