import { GAP_THRESHOLDS, type AssessmentResults } from "../../../domain/assessment/index.js";
import { renderRadarSvg } from "../../../domain/assessment/radar-drawing.js";
import type { Language } from "../../../domain/validation.js";
import da from "../../../web/features/assessments/i18n/da.json" with { type: "json" };
import en from "../../../web/features/assessments/i18n/en.json" with { type: "json" };
import { screenTexts, type Translate } from "../../platform/screen-texts.js";

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
  th small { display: block; font-weight: 400; }
  .note { border-left: 4px solid #0059b3; padding: 0.5rem 1rem; background: #f2f6fb; }
  .badge { border: 1px solid #767676; border-radius: 3px; padding: 0 0.3rem; font-size: 0.85em; }
  svg.radar { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
  blockquote { margin: 0.3rem 0 0.6rem; padding-left: 0.8rem; border-left: 3px solid #b0b0b0; }
  @media print {
    body { margin: 0; font-size: 10pt; max-width: none; }
    h2 { break-after: avoid; }
    tr, blockquote, li, svg.radar { break-inside: avoid; }
    .note { background: none; }
  }
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** The same figures as the screen (src/web/features/assessments/model/format.ts): one decimal at most. */
function formatters(language: Language) {
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
  const score = (value: number | null | undefined): string =>
    value === null || value === undefined ? "–" : number.format(value);
  return {
    score,
    delta: (value: number | null | undefined): string =>
      value === null || value === undefined
        ? "–"
        : value > 0
          ? `+${score(value)}`
          : value < 0
            ? `\u2212${score(-value)}`
            : score(0),
    percent: (value: number | null): string =>
      value === null
        ? "–"
        : new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 0 }).format(value / 100),
    date: (value: Date): string =>
      new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(value),
  };
}

type Format = ReturnType<typeof formatters>;

interface Context {
  t: Translate;
  format: Format;
  results: AssessmentResults;
}

/** A table whose first cell of each row is its header; cells are HTML already escaped. */
function table(caption: string, headers: string[], rows: string[][]): string {
  const head = headers.map((header) => `<th scope="col">${header}</th>`).join("");
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

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

export interface ReportInput {
  language: Language;
  title: string;
  organisationName: string;
  templateTitle: string;
  templateVersion: number;
  openedAt: Date;
  closedAt: Date | null;
  responseRate: {
    groups: { label: string; invited: number; started: number; submitted: number; rate: number | null }[];
    invited: number;
    started: number;
    submitted: number;
    rate: number | null;
  };
  results: AssessmentResults;
}

function renderResponseRate({ t, format }: Context, rate: ReportInput["responseRate"]): string {
  const rows = [...rate.groups, { ...rate, label: t("overview.total") }].map((row) => {
    const figure = row.invited === 0 ? t("overview.noneInvited") : format.percent(row.rate);
    const numbers =
      row.invited === 0
        ? ""
        : ` – ${t("overview.rateNumbers", {
            submitted: row.submitted,
            invited: row.invited,
            started: Math.max(0, row.started - row.submitted),
          })}`;
    return `<li><strong>${escapeHtml(row.label)}: ${escapeHtml(figure)}</strong>${escapeHtml(numbers)}</li>`;
  });
  return `<ul>${rows.join("")}</ul>`;
}

function renderAnonymity({ t, results }: Context): string {
  const { minimum, withheldGroups } = results.anonymity;
  if (withheldGroups.length === 0) {
    return "";
  }
  const items = withheldGroups.map((group) =>
    t(group.reason === "protects_smaller" ? "results.anonymityProtecting" : "results.anonymityGroup", {
      group: group.label,
      count: group.responses,
    }),
  );
  return (
    `<div class="note"><p><strong>${escapeHtml(t("results.anonymityHeading"))}</strong></p>` +
    `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>` +
    `${paragraph(t("results.anonymityText", { minimum }))}</div>`
  );
}

function renderProfile({ t, format, results }: Context): string {
  const { axes, series } = results.radar;
  const responses = new Map(results.groups.map((group) => [group.key, group.responses]));
  const headers = [
    escapeHtml(t("results.dimension")),
    ...series.map((item) => {
      const count = responses.get(item.key);
      const sub = count === undefined ? "" : `<small>${escapeHtml(t("results.responsesShort", { count }))}</small>`;
      return `${escapeHtml(item.label)}${sub}`;
    }),
  ];
  const rows = axes.map((axis, index) => [
    escapeHtml(axis.label),
    ...series.map((item) => format.score(item.values[index] ?? null)),
  ]);
  return (
    paragraph(t("results.profileIntro")) +
    renderRadarSvg(axes, series, t("results.radarLabel")) +
    table(t("results.scoreCaption"), headers, rows)
  );
}

function renderGaps({ t, format, results }: Context): string {
  const intro = paragraph(t("results.gapsIntro", GAP_THRESHOLDS));
  if (results.gaps.length === 0) {
    return intro + paragraph(t("results.gapsNone"));
  }
  const items = results.gaps.map((gap) => {
    const reasons = gap.reasons
      .map((reason) => `<span class="badge">${escapeHtml(t(`results.reason.${reason}`))}</span>`)
      .join(" ");
    const figures = t("results.gapFigures", {
      score: format.score(gap.score),
      spread: format.score(gap.spread),
      severity: format.score(gap.severity),
    });
    return `<li><h3>${gap.rank}. ${escapeHtml(gap.label)}</h3><p>${reasons}</p>${paragraph(figures)}</li>`;
  });
  return `${intro}<ol style="list-style: none; padding-left: 0">${items.join("")}</ol>`;
}

function renderDisagreement({ t, format, results }: Context): string {
  const intro = paragraph(t("results.disagreementIntro", { points: GAP_THRESHOLDS.highSpread }));
  const label = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  const groupScore = (item: { group: string; score: number } | null) =>
    item ? escapeHtml(t("results.groupScore", { group: label(item.group), score: format.score(item.score) })) : "–";
  const measured = results.disagreement.filter((item) => item.spread !== null);
  if (measured.length === 0) {
    return intro + paragraph(t("results.disagreementNone"));
  }
  const rows = measured.map((item) => [
    escapeHtml(item.label) +
      ((item.spread ?? 0) >= GAP_THRESHOLDS.highSpread
        ? ` <span class="badge">${escapeHtml(t("results.reason.disagreement"))}</span>`
        : ""),
    escapeHtml(t("results.points", { points: format.score(item.spread) })),
    groupScore(item.highest),
    groupScore(item.lowest),
  ]);
  const headers = ["results.dimension", "results.spread", "results.highest", "results.lowest"].map((key) =>
    escapeHtml(t(key)),
  );
  return intro + table(t("results.disagreementCaption"), headers, rows);
}

function renderComparison({ t, format, results }: Context): string {
  const { previous, programme } = results.comparison;
  const notes = [
    previous
      ? t("results.previousAbout", {
          title: previous.title ?? "",
          date: previous.closedAt ? format.date(new Date(previous.closedAt)) : "",
        })
      : t("results.previousNone"),
    programme ? t("results.programmeAbout", { count: programme.assessments ?? 0 }) : t("results.programmeNone"),
  ];
  const list = `<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ul>`;
  if (!previous && !programme) {
    return list;
  }
  const overall = results.radar.series.find((item) => item.key === "overall");
  const baseline = (key: string) => results.radar.comparison.find((item) => item.key === key);
  const deltaOf = (deltas: { dimension: string; overall: number | null }[], dimension: string) =>
    deltas.find((item) => item.dimension === dimension)?.overall ?? null;
  const rows = results.radar.axes.map((axis, index) => [
    escapeHtml(axis.label),
    format.score(overall?.values[index]),
    ...(previous
      ? [format.score(baseline("previous")?.values[index]), format.delta(deltaOf(previous.deltas, axis.key))]
      : []),
    ...(programme
      ? [format.score(baseline("programme")?.values[index]), format.delta(deltaOf(programme.deltas, axis.key))]
      : []),
  ]);
  const headers = [
    "results.dimension",
    "results.now",
    ...(previous ? ["results.previous", "results.changeSincePrevious"] : []),
    ...(programme ? ["results.programme", "results.differenceFromProgramme"] : []),
  ].map((key) => escapeHtml(t(key)));
  return list + table(t("results.comparisonCaption"), headers, rows);
}

function renderChoices({ t, results }: Context): string {
  if (results.choices.length === 0) {
    return "";
  }
  const label = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  const tables = results.choices.map((choice) => {
    const groups = Object.keys(choice.respondents);
    const headers = [
      escapeHtml(t("results.option")),
      ...groups.map(
        (group) =>
          `${escapeHtml(label(group))}<small>${escapeHtml(
            t("results.ofRespondents", { count: choice.respondents[group] }),
          )}</small>`,
      ),
    ];
    const rows = choice.options.map((option) => [
      escapeHtml(option.label),
      ...groups.map((group) => String(option.counts[group] ?? 0)),
    ]);
    return table(choice.question, headers, rows);
  });
  return `<h2>${escapeHtml(t("results.choicesHeading"))}</h2>\n${tables.join("\n")}`;
}

function renderFreeTexts({ t, results }: Context): string {
  if (results.freeTexts === null) {
    return paragraph(t("results.commentsHidden"));
  }
  if (results.freeTexts.length === 0) {
    return paragraph(t("results.commentsNone"));
  }
  const groups = results.freeTexts.map(
    (group) =>
      `<h3>${escapeHtml(group.label)}</h3>\n${group.items
        .map(
          (item) =>
            `<blockquote><p>${escapeHtml(item.text)}</p>` +
            `<footer>${escapeHtml(item.groupLabel)} · ${escapeHtml(item.question)}</footer></blockquote>`,
        )
        .join("\n")}`,
  );
  return paragraph(t("results.commentsIntro")) + groups.join("\n");
}

/**
 * A printable, accessible report in the reader's language, in the screen's words (the results page's i18n
 * file) and with its radar chart: headings, captioned tables, no scripts.
 */
export function renderAssessmentReport(input: ReportInput): string {
  const { results, language } = input;
  const context: Context = { t: screenTexts({ da, en }, language), format: formatters(language), results };
  const { t, format } = context;
  const period = input.closedAt
    ? t("overview.periodClosed", { from: format.date(input.openedAt), to: format.date(input.closedAt) })
    : t("overview.periodOpen", { from: format.date(input.openedAt) });
  const facts: [string, string][] = [
    [t("overview.organisation"), input.organisationName],
    [
      t("overview.template"),
      t("overview.templateValue", { title: input.templateTitle, version: input.templateVersion }),
    ],
    [t("overview.period"), period],
  ];
  const submitted = results.groups.reduce((sum, group) => sum + group.responses, 0);
  const lead =
    `${t("results.lead", { organisation: input.organisationName, count: submitted })} ` +
    `${results.groups
      .map((group) => t("results.groupCount", { group: group.label, count: group.responses }))
      .join(", ")}.`;
  const title = t("results.title", { title: input.title });
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${facts.map(([label, value]) => `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`).join("<br>")}</p>
${paragraph(lead)}
<h2>${escapeHtml(t("overview.rateHeading"))}</h2>
${renderResponseRate(context, input.responseRate)}
${renderAnonymity(context)}
<h2>${escapeHtml(t("results.profileHeading"))}</h2>
${renderProfile(context)}
<h2>${escapeHtml(t("results.gapsHeading"))}</h2>
${renderGaps(context)}
<h2>${escapeHtml(t("results.disagreementHeading"))}</h2>
${renderDisagreement(context)}
<h2>${escapeHtml(t("results.comparisonHeading"))}</h2>
${renderComparison(context)}
${renderChoices(context)}
<h2>${escapeHtml(t("results.commentsHeading"))}</h2>
${renderFreeTexts(context)}
</main>
</body>
</html>`;
}
