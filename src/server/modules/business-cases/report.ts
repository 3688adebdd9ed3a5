import type { SideMetrics } from "../../../domain/business-case/metrics.js";
import type { BusinessCaseInputs } from "../../../domain/business-case/inputs.js";
import {
  computeOwnScenarios,
  scenarioFieldUnit,
  type OwnScenario,
  type ScenarioChange,
} from "../../../domain/business-case/own-scenarios.js";
import type { BusinessCaseResults } from "../../../domain/business-case/results.js";
import type { Tornado } from "../../../domain/business-case/tornado.js";
import type { BusinessCase } from "../../../domain/business-case/views.js";
import {
  describeIrr,
  escapeHtml,
  findLabel,
  findTornadoLabel,
  formatBreakEven,
  formatDate,
  formatMoney,
  formatDecimal,
  formatNumber,
  formatPayback,
  formatRate,
  t,
} from "./report-format.js";

const STYLE = `
  body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 2rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #1a1a1a; }
  table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; vertical-align: top; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  th { background: #f0f0f0; text-align: left; }
  .note { border-left: 4px solid #0059b3; padding: 0.5rem 1rem; background: #f2f6fb; }
  @media print {
    body { margin: 0; font-size: 10pt; }
    h2 { break-after: avoid; }
    table { break-inside: auto; }
    tr { break-inside: avoid; }
  }
`;

const renderCell = (text: string, numeric = false): string => `<td${numeric ? ' class="number"' : ""}>${text}</td>`;

function renderTable(caption: string, headers: string[], rows: string[][], numericFrom = 1): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${row[0]}</th>${row
          .slice(1)
          .map((value, index) => renderCell(value, index + 1 >= numericFrom))
          .join("")}</tr>`,
    )
    .join("\n");
  return (
    `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead>` +
    `<tbody>\n${body}\n</tbody></table>`
  );
}

function renderInputs(businessCase: BusinessCase): string {
  const { inputs } = businessCase;
  const rate =
    inputs.discountRate.mode === "fm"
      ? t("cashFlows.discountFm")
      : t("cashFlows.discountCustom", { rate: formatRate(inputs.discountRate.ratePct / 100) });
  const side = inputs.publicSide;
  const rows: string[][] = [
    [findLabel("horizonYears"), t("keyFigures.years", { value: inputs.horizonYears })],
    [findLabel("discountRate"), rate],
    ...Object.entries({
      ...prefixKeys("publicSide.investment", side.investment),
      ...prefixKeys("publicSide.runningCosts", side.runningCosts),
    }).map(([path, value]) => [findLabel(path), formatMoney(value)]),
    [findLabel("publicSide.benefits.hoursFreedPerYear"), formatNumber(side.benefits.hoursFreedPerYear)],
    [findLabel("publicSide.benefits.hourlyCost"), formatMoney(side.benefits.hourlyCost)],
    [findLabel("publicSide.benefits.otherSavings"), formatMoney(side.benefits.otherSavings)],
    [findLabel("publicSide.benefits.avoidedCosts"), formatMoney(side.benefits.avoidedCosts)],
    [
      findLabel("publicSide.phaseIn"),
      side.phaseIn.length === 0
        ? "Fuld effekt fra år 1"
        : `${side.phaseIn.map((value) => `${formatNumber(value)} %`).join(", ")}, derefter 100 %`,
    ],
  ];
  let html = renderTable(
    "Fælles og offentlig part",
    ["Forudsætning", "Værdi"],
    rows.map(([label, value]) => [escapeHtml(label), value]),
  );
  const company = inputs.companySide;
  if (company) {
    const companyRows = [
      [findLabel("companySide.developmentCost"), formatMoney(company.developmentCost)],
      [findLabel("companySide.unitCost"), formatMoney(company.unitCost)],
      [findLabel("companySide.unitPrice"), formatMoney(company.unitPrice)],
      [findLabel("companySide.supportCostPerUnit"), formatMoney(company.supportCostPerUnit)],
      [findLabel("companySide.salesCostPerYear"), formatMoney(company.salesCostPerYear)],
      [findLabel("companySide.market.institutions"), formatNumber(company.market.institutions)],
      [findLabel("companySide.market.unitsPerInstitution"), formatNumber(company.market.unitsPerInstitution)],
      [
        findLabel("companySide.market.adoption"),
        company.market.adoption.map((value) => `${formatNumber(value)} %`).join(", ") || "Intet salg",
      ],
    ];
    html += renderTable(
      "Virksomhed",
      ["Forudsætning", "Værdi"],
      companyRows.map(([label, value]) => [escapeHtml(label), value]),
    );
  }
  if (side.qualityEffects.length > 0) {
    html += renderTable(
      "Kvalitetseffekter (−3 til +3)",
      ["Effekt", "Score", "Beskrivelse"],
      side.qualityEffects.map((effect) => [
        escapeHtml(effect.title),
        effect.score > 0 ? `+${effect.score}` : String(effect.score),
        escapeHtml(effect.description),
      ]),
    );
  }
  return html;
}

function prefixKeys(path: string, values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${path}.${key}`, value]));
}

function renderMetrics(sides: [string, SideMetrics][], horizonYears: number): string {
  const headers = [t("cashFlows.metric"), ...sides.map(([label]) => label)];
  const rows = [
    [t("keyFigures.npv"), ...sides.map(([, metrics]) => formatMoney(metrics.npv))],
    [t("keyFigures.simplePayback"), ...sides.map(([, metrics]) => formatPayback(metrics.simplePayback, horizonYears))],
    [
      t("keyFigures.discountedPayback"),
      ...sides.map(([, metrics]) => formatPayback(metrics.discountedPayback, horizonYears)),
    ],
    [t("keyFigures.irr"), ...sides.map(([, metrics]) => escapeHtml(describeIrr(metrics.irr)))],
    [
      t("keyFigures.breakEvenYear"),
      ...sides.map(([, metrics]) => formatBreakEven(metrics.breakEvenYear, horizonYears)),
    ],
  ];
  return renderTable(t("cashFlows.metricsCaption"), headers, rows);
}

function renderYears(results: BusinessCaseResults): string {
  const headers = ["År", "Offentlig: netto", "Offentlig: akkumuleret"];
  if (results.company && results.combined) {
    headers.push("Virksomhed: solgte enheder", "Virksomhed: netto", "Virksomhed: akkumuleret", "Samlet: netto");
  }
  const rows = results.public.years.map((year, index) => {
    const row = [String(year.year), formatMoney(year.net), formatMoney(year.cumulative)];
    const company = results.company?.years[index];
    const combined = results.combined?.years[index];
    if (company && combined) {
      row.push(
        formatNumber(company.unitsSold),
        formatMoney(company.net),
        formatMoney(company.cumulative),
        formatMoney(combined.net),
      );
    }
    return row;
  });
  return renderTable("Pengestrømme pr. år (ikke diskonteret)", headers, rows);
}

function renderTornado(side: string, tornado: Tornado): string {
  const rows = tornado.bars.map((bar) => [
    escapeHtml(findTornadoLabel(bar.input)),
    formatMoney(bar.npvLow),
    formatMoney(bar.npvHigh),
    formatMoney(bar.swing),
  ]);
  return (
    `<h3>${escapeHtml(side)}</h3><p>${escapeHtml(t("tornado.base", { npv: formatMoney(tornado.baseNpv) }))}</p>` +
    renderTable(
      t("tornado.caption", { side }),
      [t("tornado.input"), t("tornado.npvLow"), t("tornado.npvHigh"), t("tornado.swing")],
      rows,
    )
  );
}

function renderScenarios(results: BusinessCaseResults): string {
  const sides = (["public", "company", "combined"] as const).filter((side) => side === "public" || results[side]);
  const headers = ["", ...results.scenarios.map((scenario) => t(`scenarios.${scenario.scenario}`))];
  const rows = sides.flatMap((side) => [
    [`<strong>${escapeHtml(t(`keyFigures.${side}`))}</strong>`, ...results.scenarios.map(() => "")],
    ...(
      [
        ["npv", (metrics: SideMetrics) => formatMoney(metrics.npv)],
        ["simplePayback", (metrics: SideMetrics) => formatPayback(metrics.simplePayback, results.horizonYears)],
        ["irr", (metrics: SideMetrics) => escapeHtml(describeIrr(metrics.irr))],
      ] as const
    ).map(([metric, show]) => [
      escapeHtml(t(`keyFigures.${metric}`)),
      ...results.scenarios.map((scenario) => {
        const metrics = scenario[side];
        return metrics ? show(metrics) : "";
      }),
    ]),
  ]);
  return `<p>${escapeHtml(t("scenarios.intro"))}</p>\n${renderTable(t("scenarios.caption"), headers, rows)}`;
}

function describeChange(change: ScenarioChange): string {
  const value = {
    kr: () => formatMoney(change.value),
    count: () => formatNumber(change.value),
    years: () => t("keyFigures.years", { value: change.value }),
    percent: () => formatRate(change.value / 100),
  }[scenarioFieldUnit(change.field)]();
  return `${findLabel(change.field)}: ${value}`;
}

/** The user's own scenarios, as on screen: their key figures side by side, then what each one changes. */
function renderOwnScenarios(inputs: BusinessCaseInputs, scenarios: OwnScenario[]): string {
  if (scenarios.length === 0) {
    return "";
  }
  const computed = computeOwnScenarios(inputs, scenarios);
  const sides = (["public", "company", "combined"] as const).filter(
    (side) => side === "public" || computed.some((item) => item[side] !== null),
  );
  const rows = sides.flatMap((side) => [
    [`<strong>${escapeHtml(t(`keyFigures.${side}`))}</strong>`, ...computed.map(() => "")],
    [escapeHtml(t("keyFigures.npv")), ...computed.map((item) => (item[side] ? formatMoney(item[side].npv) : ""))],
    [
      escapeHtml(t("keyFigures.simplePayback")),
      ...computed.map((item) => {
        const metrics = item[side];
        return metrics ? formatPayback(metrics.simplePayback, item.horizonYears) : "";
      }),
    ],
    [
      escapeHtml(t("keyFigures.irr")),
      ...computed.map((item) => (item[side] ? escapeHtml(describeIrr(item[side].irr)) : "")),
    ],
  ]);
  const changes = scenarios.map(
    (scenario) =>
      `<li><strong>${escapeHtml(scenario.name)}</strong>: ${escapeHtml(
        scenario.changes.length === 0 ? t("ownScenarios.noChanges") : scenario.changes.map(describeChange).join("; "),
      )}</li>`,
  );
  return (
    `<h3>${escapeHtml(t("ownScenarios.heading"))}</h3>\n` +
    renderTable(t("ownScenarios.caption"), ["", ...scenarios.map((scenario) => scenario.name)], rows) +
    `<p>${escapeHtml(t("ownScenarios.changes"))}:</p><ul>${changes.join("")}</ul>`
  );
}

/** A print-friendly, accessible HTML page in Danish, built only from what the reader may see. No scripts. */
export function renderBusinessCaseReport(
  businessCase: BusinessCase,
  results: BusinessCaseResults,
  printedAt: Date,
): string {
  const sides: [string, SideMetrics][] = [[t("keyFigures.public"), results.public.metrics]];
  if (results.company && results.combined) {
    sides.push(
      [t("keyFigures.company"), results.company.metrics],
      [t("keyFigures.combined"), results.combined.metrics],
    );
  }
  const parties = [
    `Offentlig part: ${escapeHtml(businessCase.publicOrganisation.name)}`,
    businessCase.companyOrganisation
      ? `Virksomhed: ${escapeHtml(businessCase.companyOrganisation.name)}`
      : "Ingen virksomhed",
  ];
  const withheld = businessCase.companySideWithheld
    ? '<p class="note">Virksomhedens omkostninger og priser er ikke delt med jeres ' +
      "organisation. Rapporten viser kun den offentlige side.</p>"
    : "";
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Business case: ${escapeHtml(businessCase.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Business case: ${escapeHtml(businessCase.title)}</h1>
<p>${parties.join("<br>")}<br>Udskrevet ${formatDate(printedAt)} fra Samspil</p>
${withheld}
<h2>${escapeHtml(t("keyFigures.heading"))}</h2>
${renderMetrics(sides, results.horizonYears)}
<h3>${escapeHtml(t("cashFlows.breakEvenHeading"))}</h3>
<p>${escapeHtml(t("cashFlows.hoursForZeroNpv"))}: ${
    results.public.hoursPerYearForZeroNpv === null
      ? escapeHtml(t("cashFlows.hoursNotPossible"))
      : escapeHtml(t("cashFlows.hoursValue", { hours: formatDecimal(results.public.hoursPerYearForZeroNpv) }))
  }${
    results.company
      ? `<br>${escapeHtml(t("cashFlows.unitsForZeroNpv"))}: ${escapeHtml(
          results.company.breakEven.unitsPerYearForZeroNpv === null
            ? t("cashFlows.unitsNotPossible")
            : t("cashFlows.unitsValue", { units: formatDecimal(results.company.breakEven.unitsPerYearForZeroNpv) }),
        )}`
      : ""
  }</p>
<h2>Forudsætninger</h2>
${renderInputs(businessCase)}
<h2>Pengestrømme</h2>
${renderYears(results)}
<h2>${escapeHtml(t("tornado.heading"))}</h2>
${renderTornado(t("tornado.publicHeading"), results.tornado.public)}
${results.tornado.company ? renderTornado(t("tornado.companyHeading"), results.tornado.company) : ""}
<h2>${escapeHtml(t("scenarios.heading"))}</h2>
${renderScenarios(results)}
${renderOwnScenarios(businessCase.inputs, businessCase.scenarios)}
<h2>Metode</h2>
<p>År 0 er investeringen; drift, gevinster og salg begynder i år 1.
Nutidsværdien er summen af de diskonterede pengestrømme. Tilbagebetalingstiden er interpoleret inden for året.
Den interne rente er den faste rente, der giver nutidsværdi 0;
med flere fortegnsskift kan der være flere, og så bør nutidsværdien afgøre.</p>
</main>
</body>
</html>
`;
}
