/** Danish formatting and escaping for the printable report. */
const money = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export const formatMoney = (value: number): string => `${money.format(Math.round(value) === 0 ? 0 : value)} kr.`;
export const formatNumber = (value: number): string => plain.format(value);
export const formatYears = (value: number | null): string =>
  value === null ? "Tilbagebetales ikke inden for tidshorisonten" : `${decimal.format(value)} år`;
export const formatPercent = (value: number): string => `${decimal.format(value * 100)} %`;

/** Danish names of the inputs, by their path in BusinessCaseInputs. */
export const INPUT_LABELS: Record<string, string> = {
  horizonYears: "Tidshorisont (år)",
  discountRate: "Diskonteringsrente",
  "publicSide.investment.purchase": "Indkøb",
  "publicSide.investment.installation": "Installation",
  "publicSide.investment.implementation": "Implementering",
  "publicSide.investment.training": "Uddannelse",
  "publicSide.runningCosts.licences": "Licenser pr. år",
  "publicSide.runningCosts.service": "Service pr. år",
  "publicSide.runningCosts.maintenance": "Vedligehold pr. år",
  "publicSide.benefits.hoursFreedPerYear": "Frigjorte medarbejdertimer pr. år",
  "publicSide.benefits.hourlyCost": "Timepris",
  "publicSide.benefits.otherSavings": "Andre besparelser pr. år",
  "publicSide.benefits.avoidedCosts": "Undgåede omkostninger pr. år",
  "publicSide.phaseIn": "Indfasning af gevinster",
  "companySide.developmentCost": "Udviklingsomkostning",
  "companySide.unitCost": "Produktionsomkostning pr. enhed",
  "companySide.unitPrice": "Pris pr. enhed",
  "companySide.supportCostPerUnit": "Installation og support pr. enhed",
  "companySide.salesCostPerYear": "Salgsomkostninger pr. år",
  "companySide.market.institutions": "Antal institutioner i markedet",
  "companySide.market.unitsPerInstitution": "Enheder pr. institution",
  "companySide.market.adoption": "Markedsandel over årene",
};

export const findLabel = (path: string): string => INPUT_LABELS[path] ?? path;
