import type { AssessmentResults } from "../../../domain/assessment/index.js";
import type { Language } from "../../../domain/validation.js";

/** The printable report may style itself inline, and nothing may run. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

const STYLE = `
  body {
    font-family: system-ui, "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 2rem; line-height: 1.45;
    max-width: 60rem;
  }
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
  @media print {
    body { margin: 0; font-size: 10pt; max-width: none; }
    h2 { break-after: avoid; }
    tr, blockquote { break-inside: avoid; }
    .note { background: none; }
  }
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const TEXTS = {
  da: {
    locale: "da-DK",
    profileCaption: "Score pr. dimension (0–100)",
    dimension: "Dimension",
    overall: "Samlet",
    tooFew: "for få svar til at vise (anonymitet)",
    tooFewShort: "for få svar",
    fewGroups: "Der er for få grupper med svar til at måle uenighed.",
    disagreementCaption: "Forskel mellem højeste og laveste gruppe",
    spread: "Spredning (point)",
    highest: "Højest",
    lowest: "Lavest",
    noGaps: "Ingen dimension har en lav score eller stor uenighed.",
    lowScore: "lav score",
    disagreement: "uenighed mellem grupperne",
    and: " og ",
    gapLine: (reasons: string, score: string, spread: string) =>
      `${reasons} (score ${score}, spredning ${spread} point)`,
    noComparison: "Der er endnu ingen tidligere vurdering eller andre afsluttede vurderinger at sammenligne med.",
    now: "Nu",
    changeSince: (title: string) => `Ændring siden «${title}»`,
    previousFallback: "forrige",
    programmeDifference: (count: number) => `Forskel fra programmets gennemsnit (${count} vurderinger)`,
    comparisonCaption: "Sammenligning (samlet score, point)",
    commentsHidden: "Kommentarerne vises kun for innovationsagenter, programledelsen og den vurderede institution.",
    commentsNone: "Ingen har skrevet kommentarer.",
    titleSuffix: "360°-vurdering",
    openSince: (date: string) => `åben siden ${date}`,
    intro: (organisation: string, period: string, template: string, version: number) =>
      `360°-innovationsvurdering af <strong>${organisation}</strong>, ${period}. Skabelon: ` +
      `${template}, version ${version}.`,
    method:
      "Hvert svar på skalaen tæller fra 0 (helt uenig) til 100 (helt enig); «ved ikke» og ubesvarede " +
      "spørgsmål tæller ikke med. En gruppes score er gennemsnittet af gruppens besvarelser, og den " +
      "samlede score er gennemsnittet af gruppernes scorer, så én stor gruppe ikke overdøver de " +
      "andre. Kun indsendte besvarelser indgår.",
    anonymity: (minimum: number, groups: string) =>
      `For få svar til at vise (anonymitet): ${groups}. En gruppes scorer, kommentarer og valg vises ` +
      `først, når mindst ${minimum} fra gruppen har svaret; de samlede scorer tæller alle svar med og ` +
      `vises, når mindst ${minimum} har svaret i alt.`,
    protecting: (groups: string) =>
      `Skjult for at beskytte en mindre gruppe: ${groups}. Ellers kunne den mindre gruppes svar ` +
      `regnes ud fra de samlede scorer.`,
    protectingShort: "skjult for at beskytte en mindre gruppe",
    groupResponses: (label: string, count: number) => `${label} (${count} ${count === 1 ? "svar" : "svar"})`,
    responseRate: "Svarprocent",
    rateCaption: "Inviterede og indsendte besvarelser pr. gruppe",
    group: "Gruppe",
    invited: "Inviteret",
    submitted: "Indsendt",
    rate: "Svarprocent",
    total: "I alt",
    profile: "Profil",
    disagreementHeading: "Hvor grupperne er mest uenige",
    gaps: "Gab",
    comparison: "Sammenligning",
    comments: "Kommentarer",
  },
  en: {
    locale: "en-GB",
    profileCaption: "Score per dimension (0–100)",
    dimension: "Dimension",
    overall: "Overall",
    tooFew: "too few answers to show (anonymity)",
    tooFewShort: "too few answers",
    fewGroups: "Too few groups have answered to measure disagreement.",
    disagreementCaption: "Difference between the highest and the lowest group",
    spread: "Spread (points)",
    highest: "Highest",
    lowest: "Lowest",
    noGaps: "No dimension has a low score or a large disagreement.",
    lowScore: "low score",
    disagreement: "disagreement between the groups",
    and: " and ",
    gapLine: (reasons: string, score: string, spread: string) => `${reasons} (score ${score}, spread ${spread} points)`,
    noComparison: "There is no earlier assessment, nor other closed assessments, to compare with yet.",
    now: "Now",
    changeSince: (title: string) => `Change since «${title}»`,
    previousFallback: "previous",
    programmeDifference: (count: number) => `Difference from the programme average (${count} assessments)`,
    comparisonCaption: "Comparison (overall score, points)",
    commentsHidden:
      "Comments are shown only to innovation agents, the programme management and the assessed institution.",
    commentsNone: "Nobody wrote a comment.",
    titleSuffix: "360° assessment",
    openSince: (date: string) => `open since ${date}`,
    intro: (organisation: string, period: string, template: string, version: number) =>
      `360° innovation assessment of <strong>${organisation}</strong>, ${period}. Template: ` +
      `${template}, version ${version}.`,
    method:
      "Each answer on the scale counts from 0 (strongly disagree) to 100 (strongly agree); «don't " +
      "know» and unanswered questions do not count. A group's score is the mean of its responses, and " +
      "the overall score is the mean of the groups' scores, so one large group does not drown the " +
      "others. Only submitted responses count.",
    anonymity: (minimum: number, groups: string) =>
      `Too few answers to show (anonymity): ${groups}. A group's scores, comments and choices are ` +
      `shown once at least ${minimum} of the group have answered; the overall scores count every ` +
      `answer and are shown once at least ${minimum} have answered in all.`,
    protecting: (groups: string) =>
      `Hidden to protect a smaller group: ${groups}. Otherwise the smaller group's answers could be ` +
      `worked out from the overall scores.`,
    protectingShort: "hidden to protect a smaller group",
    groupResponses: (label: string, count: number) => `${label} (${count} ${count === 1 ? "answer" : "answers"})`,
    responseRate: "Response rate",
    rateCaption: "Invited and submitted responses per group",
    group: "Group",
    invited: "Invited",
    submitted: "Submitted",
    rate: "Response rate",
    total: "Total",
    profile: "Profile",
    disagreementHeading: "Where the groups disagree most",
    gaps: "Gaps",
    comparison: "Comparison",
    comments: "Comments",
  },
} as const;

type Texts = (typeof TEXTS)[Language];

function formatters(language: Language) {
  const number = new Intl.NumberFormat(TEXTS[language].locale, { maximumFractionDigits: 1 });
  return {
    score: (value: number | null | undefined): string =>
      value === null || value === undefined ? "–" : number.format(value),
    signed: (value: number | null | undefined): string =>
      value === null || value === undefined
        ? "–"
        : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${number.format(Math.abs(value))}`,
    date: (value: Date): string =>
      new Intl.DateTimeFormat(TEXTS[language].locale, { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(
        value,
      ),
  };
}

function table(caption: string, headers: string[], rows: string[][]): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${row[0]}</th>${row
          .slice(1)
          .map((cell) => `<td class="number">${cell}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  return (
    `<table><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
  );
}

export interface ReportInput {
  language: Language;
  title: string;
  organisationName: string;
  templateTitle: string;
  templateVersion: number;
  openedAt: Date;
  closedAt: Date | null;
  responseRate: {
    groups: { label: string; invited: number; submitted: number; rate: number | null }[];
    invited: number;
    submitted: number;
    rate: number | null;
  };
  results: AssessmentResults;
}

type Format = ReturnType<typeof formatters>;

function renderProfile(results: AssessmentResults, text: Texts, format: Format): string {
  const groups = results.groups;
  const rows = results.dimensions.map((dimension) => [
    escapeHtml(dimension.label),
    format.score(dimension.overall),
    ...groups.map((group) => {
      const cell = dimension.groups[group.key];
      if (cell?.withheld) {
        // Enough of the group scored this dimension: withheld only so that a smaller group cannot be worked out.
        const why = cell.respondents >= results.anonymity.minimum ? text.protectingShort : text.tooFewShort;
        return `<small>${escapeHtml(why)}</small>`;
      }
      return cell && cell.score !== null ? `${format.score(cell.score)} <small>(n=${cell.respondents})</small>` : "–";
    }),
  ]);
  return table(text.profileCaption, [text.dimension, text.overall, ...groups.map((group) => group.label)], rows);
}

function renderAnonymity(results: AssessmentResults, text: Texts): string {
  const { minimum, withheldGroups } = results.anonymity;
  const list = (reason: string) =>
    withheldGroups
      .filter((group) => group.reason === reason)
      .map((group) => text.groupResponses(group.label, group.responses))
      .join(", ");
  const tooFew = list("too_few");
  const protecting = list("protects_smaller");
  return [
    ...(tooFew ? [`<p class="note">${escapeHtml(text.anonymity(minimum, tooFew))}</p>`] : []),
    ...(protecting ? [`<p class="note">${escapeHtml(text.protecting(protecting))}</p>`] : []),
  ].join("\n");
}

function renderDisagreement(results: AssessmentResults, text: Texts, format: Format): string {
  const label = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  const rows = results.disagreement
    .filter((item) => item.spread !== null)
    .map((item) => [
      escapeHtml(item.label),
      format.score(item.spread),
      item.highest ? `${escapeHtml(label(item.highest.group))} ${format.score(item.highest.score)}` : "–",
      item.lowest ? `${escapeHtml(label(item.lowest.group))} ${format.score(item.lowest.score)}` : "–",
    ]);
  return rows.length === 0
    ? `<p>${escapeHtml(text.fewGroups)}</p>`
    : table(text.disagreementCaption, [text.dimension, text.spread, text.highest, text.lowest], rows);
}

function renderGaps(results: AssessmentResults, text: Texts, format: Format): string {
  if (results.gaps.length === 0) {
    return `<p>${escapeHtml(text.noGaps)}</p>`;
  }
  const items = results.gaps.map((gap) => {
    const reasons = gap.reasons
      .map((reason) => (reason === "low_score" ? text.lowScore : text.disagreement))
      .join(text.and);
    const line = text.gapLine(reasons, format.score(gap.score), format.score(gap.spread));
    return `<li><strong>${escapeHtml(gap.label)}</strong>: ${escapeHtml(line)}</li>`;
  });
  return `<ol>${items.join("")}</ol>`;
}

function renderComparison(results: AssessmentResults, text: Texts, format: Format): string {
  const { previous, programme } = results.comparison;
  if (!previous && !programme) {
    return `<p>${escapeHtml(text.noComparison)}</p>`;
  }
  const rows = results.dimensions.map((dimension) => {
    const previousDelta = previous?.deltas.find((item) => item.dimension === dimension.dimension)?.overall;
    const programmeDelta = programme?.deltas.find((item) => item.dimension === dimension.dimension)?.overall;
    return [
      escapeHtml(dimension.label),
      format.score(dimension.overall),
      ...(previous ? [format.signed(previousDelta)] : []),
      ...(programme ? [format.signed(programmeDelta)] : []),
    ];
  });
  const headers = [
    text.dimension,
    text.now,
    ...(previous ? [text.changeSince(previous.title ?? text.previousFallback)] : []),
    ...(programme ? [text.programmeDifference(programme.assessments ?? 0)] : []),
  ];
  return table(text.comparisonCaption, headers, rows);
}

function renderFreeTexts(results: AssessmentResults, text: Texts): string {
  if (results.freeTexts === null) {
    return `<p>${escapeHtml(text.commentsHidden)}</p>`;
  }
  if (results.freeTexts.length === 0) {
    return `<p>${escapeHtml(text.commentsNone)}</p>`;
  }
  return results.freeTexts
    .map(
      (group) =>
        `<h3>${escapeHtml(group.label)}</h3>\n${group.items
          .map(
            (item) =>
              `<blockquote><p>${escapeHtml(item.text)}</p>` +
              `<footer>${escapeHtml(item.groupLabel)} – ${escapeHtml(item.question)}</footer></blockquote>`,
          )
          .join("\n")}`,
    )
    .join("\n");
}

/** A printable, accessible report in the reader's language: headings, captioned tables, no scripts. */
export function renderAssessmentReport(input: ReportInput): string {
  const { results, responseRate, language } = input;
  const text = TEXTS[language];
  const format = formatters(language);
  const period = input.closedAt
    ? `${format.date(input.openedAt)} – ${format.date(input.closedAt)}`
    : text.openSince(format.date(input.openedAt));
  const rateRows = responseRate.groups.map((group) => [
    escapeHtml(group.label),
    String(group.invited),
    String(group.submitted),
    group.rate === null ? "–" : `${group.rate} %`,
  ]);
  rateRows.push([
    escapeHtml(text.total),
    String(responseRate.invited),
    String(responseRate.submitted),
    responseRate.rate === null ? "–" : `${responseRate.rate} %`,
  ]);
  const intro = text.intro(
    escapeHtml(input.organisationName),
    escapeHtml(period),
    escapeHtml(input.templateTitle),
    input.templateVersion,
  );
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)} – ${escapeHtml(text.titleSuffix)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(input.title)}</h1>
<p>${intro}</p>
<p class="note">${escapeHtml(text.method)}</p>
<h2>${escapeHtml(text.responseRate)}</h2>
${table(text.rateCaption, [text.group, text.invited, text.submitted, text.rate], rateRows)}
<h2>${escapeHtml(text.profile)}</h2>
${renderAnonymity(results, text)}
${renderProfile(results, text, format)}
<h2>${escapeHtml(text.disagreementHeading)}</h2>
${renderDisagreement(results, text, format)}
<h2>${escapeHtml(text.gaps)}</h2>
${renderGaps(results, text, format)}
<h2>${escapeHtml(text.comparison)}</h2>
${renderComparison(results, text, format)}
<h2>${escapeHtml(text.comments)}</h2>
${renderFreeTexts(results, text)}
</main>
</body>
</html>`;
}
