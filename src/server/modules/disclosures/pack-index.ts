import type { DisclosureContextKind, PackKind } from "../../../domain/disclosures/schemas.js";
import type { Disclosure, DisclosureOrganisation } from "../../../domain/disclosures/views.js";
import type { Language } from "../../../domain/validation.js";

/** One record in a pack, with where its file lies in the ZIP. */
export interface PackEntry {
  record: Disclosure;
  path: string | null;
  bytes: Uint8Array | null;
}

/** The pack's words, in the language of the person exporting it (the file goes to bidders as it is). */
export const PACK_LABELS = {
  da: {
    filename: "neutraliseringspakke",
    sheet: "Indhold",
    heading: "Neutraliseringspakke",
    intro:
      "Alt materiale og al information, som de deltagende virksomheder har fået fra den offentlige part. " +
      "Pakken gives til alle tilbudsgivere, så ingen har et forspring fra samarbejdet (inhabilitet).",
    participants: "Deltagende virksomheder",
    created: "Dannet",
    empty: "Ingen deltagende virksomhed har fået materiale.",
    givenAt: "Givet",
    title: "Titel",
    description: "Beskrivelse",
    giver: "Givet af",
    context: "Sammenhæng",
    recipients: "Modtagere",
    file: "Fil",
    target: { need: "Behov", process: "Forløb" },
    kinds: { call: "Opslag", need: "Behov", process: "Forløb", seminar: "Seminar" },
  },
  en: {
    filename: "neutralisation-pack",
    sheet: "Contents",
    heading: "Neutralisation pack",
    intro:
      "All material and information the participating companies received from the public side. " +
      "The pack is given to every bidder, so no one has a head start from the collaboration.",
    participants: "Participating companies",
    created: "Created",
    empty: "No participating company received any material.",
    givenAt: "Given",
    title: "Title",
    description: "Description",
    giver: "Given by",
    context: "Context",
    recipients: "Recipients",
    file: "File",
    target: { need: "Need", process: "Process" },
    kinds: { call: "Open call", need: "Need", process: "Process", seminar: "Seminar" },
  },
} satisfies Record<Language, Record<string, string | Record<PackKind, string> | Record<DisclosureContextKind, string>>>;

const STYLE = [
  "body{font-family:sans-serif;margin:2rem}",
  "table{border-collapse:collapse}",
  "td,th{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}",
].join("");

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/** A plain HTML index, no scripts or outside resources: it opens in any browser from the unpacked folder. */
export function renderIndexHtml(pack: {
  title: string;
  kind: PackKind;
  entries: PackEntry[];
  participants: DisclosureOrganisation[];
  createdAt: Date;
  language: Language;
}): string {
  const l = PACK_LABELS[pack.language];
  const rows = pack.entries
    .map(({ record, path }) => {
      const cells = [
        record.givenAt.slice(0, 10),
        escapeHtml(record.title),
        escapeHtml(record.description).replace(/\n/g, "<br>"),
        escapeHtml(record.publicOrganisation.name),
        `${l.kinds[record.context.kind]}: ${escapeHtml(record.context.title)}`,
        escapeHtml(record.recipients.map((item) => item.name).join(", ")),
        path ? `<a href="${encodeURI(path)}">${escapeHtml(path.slice("filer/".length))}</a>` : "",
      ];
      return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
    })
    .join("\n");
  const headers = [l.givenAt, l.title, l.description, l.giver, l.context, l.recipients, l.file];
  const heading = `${l.heading}: ${l.target[pack.kind]} «${escapeHtml(pack.title)}»`;
  return `<!doctype html>
<html lang="${pack.language}">
<head><meta charset="utf-8"><title>${heading}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${heading}</h1>
<p>${l.intro}</p>
<p>${l.created}: ${pack.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p>
<h2>${l.participants}</h2>
<ul>${pack.participants.map((item) => `<li>${escapeHtml(item.name)}</li>`).join("")}</ul>
${
  pack.entries.length === 0
    ? `<p>${l.empty}</p>`
    : `<table><thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody></table>`
}
</body>
</html>
`;
}
