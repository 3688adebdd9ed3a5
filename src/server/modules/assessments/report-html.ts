import type { AssessmentResults } from "../../../domain/assessment/index.js";

/** The printable report may style itself inline, and nothing may run. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = `
  body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 2rem; line-height: 1.45; max-width: 60rem; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #1a1a1a; }
  h3 { font-size: 1rem; margin-bottom: 0.3rem; }
  table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; vertical-align: top; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  th { background: #f0f0f0; text-align: left; }
  .note { border-left: 4px solid #0059b3; padding: 0.5rem 1rem; background: #f2f6fb; }
  blockquote { margin: 0.3rem 0 0.6rem; padding-left: 0.8rem; border-left: 3px solid #b0b0b0; }
  @media print { body { margin: 0; font-size: 10pt; max-width: none; } h2 { break-after: avoid; } tr, blockquote { break-inside: avoid; } .note { background: none; } }
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const number = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });
const score = (value: number | null | undefined): string => (value === null || value === undefined ? "–" : number.format(value));
const signed = (value: number | null | undefined): string => (value === null || value === undefined ? "–" : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${number.format(Math.abs(value))}`);
const dateFormat = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "Europe/Copenhagen" });

function table(caption: string, headers: string[], rows: string[][]): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const body = rows.map((row) => `<tr><th scope="row">${row[0]}</th>${row.slice(1).map((cell) => `<td class="number">${cell}</td>`).join("")}</tr>`).join("\n");
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export interface ReportInput {
  title: string;
  organisationName: string;
  templateTitle: string;
  templateVersion: number;
  openedAt: Date;
  closedAt: Date | null;
  responseRate: { groups: { label: string; invited: number; submitted: number; rate: number | null }[]; invited: number; submitted: number; rate: number | null };
  results: AssessmentResults;
}

function renderProfile(results: AssessmentResults): string {
  const groups = results.groups;
  const rows = results.dimensions.map((dimension) => [
    escapeHtml(dimension.label),
    score(dimension.overall),
    ...groups.map((group) => {
      const cell = dimension.groups[group.key];
      return cell && cell.score !== null ? `${score(cell.score)} <small>(n=${cell.respondents})</small>` : "–";
    }),
  ]);
  return table("Score pr. dimension (0–100)", ["Dimension", "Samlet", ...groups.map((group) => group.label)], rows);
}

function renderDisagreement(results: AssessmentResults): string {
  const label = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  const rows = results.disagreement
    .filter((item) => item.spread !== null)
    .map((item) => [escapeHtml(item.label), score(item.spread), item.highest ? `${escapeHtml(label(item.highest.group))} ${score(item.highest.score)}` : "–", item.lowest ? `${escapeHtml(label(item.lowest.group))} ${score(item.lowest.score)}` : "–"]);
  return rows.length === 0 ? "<p>Der er for få grupper med svar til at måle uenighed.</p>" : table("Forskel mellem højeste og laveste gruppe", ["Dimension", "Spredning (point)", "Højest", "Lavest"], rows);
}

function renderGaps(results: AssessmentResults): string {
  if (results.gaps.length === 0) {
    return "<p>Ingen dimension har en lav score eller stor uenighed.</p>";
  }
  const items = results.gaps.map((gap) => {
    const reasons = gap.reasons.map((reason) => (reason === "low_score" ? "lav score" : "uenighed mellem grupperne")).join(" og ");
    return `<li><strong>${escapeHtml(gap.label)}</strong>: ${reasons} (score ${score(gap.score)}, spredning ${score(gap.spread)} point)</li>`;
  });
  return `<ol>${items.join("")}</ol>`;
}

function renderComparison(results: AssessmentResults): string {
  const { previous, programme } = results.comparison;
  if (!previous && !programme) {
    return "<p>Der er endnu ingen tidligere vurdering eller andre afsluttede vurderinger at sammenligne med.</p>";
  }
  const rows = results.dimensions.map((dimension) => {
    const previousDelta = previous?.deltas.find((item) => item.dimension === dimension.dimension)?.overall;
    const programmeDelta = programme?.deltas.find((item) => item.dimension === dimension.dimension)?.overall;
    return [escapeHtml(dimension.label), score(dimension.overall), ...(previous ? [signed(previousDelta)] : []), ...(programme ? [signed(programmeDelta)] : [])];
  });
  const headers = ["Dimension", "Nu", ...(previous ? [`Ændring siden «${previous.title ?? "forrige"}»`] : []), ...(programme ? [`Forskel fra programmets gennemsnit (${programme.assessments ?? 0} vurderinger)`] : [])];
  return table("Sammenligning (samlet score, point)", headers, rows);
}

function renderFreeTexts(results: AssessmentResults): string {
  if (results.freeTexts === null) {
    return "<p>Kommentarerne vises kun for innovationsagenter, programledelsen og den vurderede institution.</p>";
  }
  if (results.freeTexts.length === 0) {
    return "<p>Ingen har skrevet kommentarer.</p>";
  }
  return results.freeTexts
    .map((group) => `<h3>${escapeHtml(group.label)}</h3>\n${group.items.map((item) => `<blockquote><p>${escapeHtml(item.text)}</p><footer>${escapeHtml(item.groupLabel)} – ${escapeHtml(item.question)}</footer></blockquote>`).join("\n")}`)
    .join("\n");
}

/** A printable, accessible report in Danish: headings, captioned tables, no scripts. */
export function renderAssessmentReport(input: ReportInput): string {
  const { results, responseRate } = input;
  const period = input.closedAt ? `${dateFormat.format(input.openedAt)} – ${dateFormat.format(input.closedAt)}` : `åben siden ${dateFormat.format(input.openedAt)}`;
  const rateRows = responseRate.groups.map((group) => [escapeHtml(group.label), String(group.invited), String(group.submitted), group.rate === null ? "–" : `${group.rate} %`]);
  rateRows.push(["I alt", String(responseRate.invited), String(responseRate.submitted), responseRate.rate === null ? "–" : `${responseRate.rate} %`]);
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)} – 360°-vurdering</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(input.title)}</h1>
<p>360°-innovationsvurdering af <strong>${escapeHtml(input.organisationName)}</strong>, ${escapeHtml(period)}. Skabelon: ${escapeHtml(input.templateTitle)}, version ${input.templateVersion}.</p>
<p class="note">Hvert svar på skalaen tæller fra 0 (helt uenig) til 100 (helt enig); «ved ikke» og ubesvarede spørgsmål tæller ikke med. En gruppes score er gennemsnittet af gruppens besvarelser, og den samlede score er gennemsnittet af gruppernes scorer, så én stor gruppe ikke overdøver de andre. Kun indsendte besvarelser indgår.</p>
<h2>Svarprocent</h2>
${table("Inviterede og indsendte besvarelser pr. gruppe", ["Gruppe", "Inviteret", "Indsendt", "Svarprocent"], rateRows)}
<h2>Profil</h2>
${renderProfile(results)}
<h2>Hvor grupperne er mest uenige</h2>
${renderDisagreement(results)}
<h2>Gab</h2>
${renderGaps(results)}
<h2>Sammenligning</h2>
${renderComparison(results)}
<h2>Kommentarer</h2>
${renderFreeTexts(results)}
</main>
</body>
</html>`;
}
