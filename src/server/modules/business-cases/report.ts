import type { IrrResult } from "../../../domain/business-case/irr.js";
import type { SideMetrics } from "../../../domain/business-case/metrics.js";
import type { BusinessCaseResults } from "../../../domain/business-case/results.js";
import type { Tornado } from "../../../domain/business-case/tornado.js";
import type { BusinessCase } from "../../../domain/business-case/views.js";
import { escapeHtml, formatMoney, formatNumber, formatPercent, formatYears, findLabel } from "./report-format.js";

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

function describeIrr(irr: IrrResult): string {
  if (irr.value !== null) {
    return formatPercent(irr.value);
  }
  if (irr.reason === "several_roots") {
    return `Flertydig: ${irr.roots.map(formatPercent).join(" og ")}`;
  }
  return "Ingen";
}

function renderInputs(businessCase: BusinessCase): string {
  const { inputs } = businessCase;
  const rate =
    inputs.discountRate.mode === "fm"
      ? "Finansministeriets: 3,5 % år 0–35, 2,5 % år 36–70"
      : `${formatNumber(inputs.discountRate.ratePct)} % alle år`;
  const side = inputs.publicSide;
  const rows: string[][] = [
    [findLabel("horizonYears"), `${inputs.horizonYears} år`],
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

function renderMetrics(sides: [string, SideMetrics][]): string {
  const headers = ["Nøgletal", ...sides.map(([label]) => label)];
  const rows = [
    ["Nettonutidsværdi", ...sides.map(([, metrics]) => formatMoney(metrics.npv))],
    ["Simpel tilbagebetalingstid", ...sides.map(([, metrics]) => formatYears(metrics.simplePayback))],
    ["Diskonteret tilbagebetalingstid", ...sides.map(([, metrics]) => formatYears(metrics.discountedPayback))],
    ["Intern rente", ...sides.map(([, metrics]) => describeIrr(metrics.irr))],
    [
      "Break-even (år)",
      ...sides.map(([, metrics]) =>
        metrics.breakEvenYear === null ? "Ikke inden for horisonten" : `År ${metrics.breakEvenYear}`,
      ),
    ],
  ];
  return renderTable("Nøgletal", headers, rows);
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

function renderTornado(caption: string, tornado: Tornado): string {
  const rows = tornado.bars.map((bar) => [
    escapeHtml(findLabel(bar.input)),
    formatMoney(bar.npvLow),
    formatMoney(bar.npvHigh),
    formatMoney(bar.swing),
  ]);
  return renderTable(
    `${caption} (nutidsværdi ${formatMoney(tornado.baseNpv)})`,
    ["Forudsætning", "−20 %", "+20 %", "Udsving"],
    rows,
  );
}

function renderScenarios(results: BusinessCaseResults): string {
  const names: Record<string, string> = {
    pessimistic: "Pessimistisk",
    expected: "Forventet",
    optimistic: "Optimistisk",
  };
  const withCompany = results.company !== null;
  const headers = [
    "Scenarie",
    "Offentlig: nutidsværdi",
    "Offentlig: tilbagebetaling",
    ...(withCompany ? ["Virksomhed: nutidsværdi", "Samlet: nutidsværdi"] : []),
  ];
  const rows = results.scenarios.map((scenario) => [
    names[scenario.scenario],
    formatMoney(scenario.public.npv),
    formatYears(scenario.public.simplePayback),
    ...(scenario.company && scenario.combined
      ? [formatMoney(scenario.company.npv), formatMoney(scenario.combined.npv)]
      : []),
  ]);
  return `${renderTable("Scenarier", headers, rows)}
<p>Pessimistisk: gevinster × 0,8, omkostninger × 1,2, markedets størrelse × 0,8.
Optimistisk: gevinster × 1,2, omkostninger × 0,8, markedets størrelse × 1,2.
Priser, timepris, indfasning og rente er de samme.</p>`;
}

/** A print-friendly, accessible HTML page in Danish, built only from what the reader may see. No scripts. */
export function renderBusinessCaseReport(businessCase: BusinessCase, results: BusinessCaseResults): string {
  const sides: [string, SideMetrics][] = [["Offentlig", results.public.metrics]];
  if (results.company && results.combined) {
    sides.push(["Virksomhed", results.company.metrics], ["Samlet", results.combined.metrics]);
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
<p>${parties.join("<br>")}<br>Udskrevet ${new Date().toISOString().slice(0, 10)} fra Samspil</p>
${withheld}
<h2>Nøgletal</h2>
${renderMetrics(sides)}
<p>Timer, der skal frigøres pr. år for at nutidsværdien bliver 0: ${
    results.public.hoursPerYearForZeroNpv === null
      ? "kan ikke beregnes"
      : formatNumber(results.public.hoursPerYearForZeroNpv)
  }.${
    results.company
      ? ` Virksomhedens break-even: ${
          results.company.breakEven.unitsPerYearForZeroNpv === null
            ? "ingen"
            : `${formatNumber(results.company.breakEven.unitsPerYearForZeroNpv)} enheder pr. år`
        }.`
      : ""
  }</p>
<h2>Forudsætninger</h2>
${renderInputs(businessCase)}
<h2>Pengestrømme</h2>
${renderYears(results)}
<h2>Følsomhed: hver forudsætning ±20 %</h2>
${renderTornado("Offentlig nutidsværdi", results.tornado.public)}
${results.tornado.company ? renderTornado("Virksomhedens nutidsværdi", results.tornado.company) : ""}
<h2>Scenarier</h2>
${renderScenarios(results)}
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
