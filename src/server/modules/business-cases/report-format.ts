import type { IrrResult } from "../../../domain/business-case/irr.js";
import da from "../../../web/features/business-cases/i18n/da.json" with { type: "json" };
import en from "../../../web/features/business-cases/i18n/en.json" with { type: "json" };
import {
  describeField,
  describeTornadoInput,
  type BcT,
} from "../../../web/features/business-cases/model/field-labels.js";
import { screenTexts } from "../../platform/screen-texts.js";

/**
 * The printable report's words and figures, as the screen writes them: the business case's i18n file, the
 * screen's field names (its `describeField`), kroner without øre, payback with one decimal («2,4 år»), rates
 * with one decimal, dates in words.
 */
export const t = screenTexts({ da, en }, "da");
const bcT = t as unknown as BcT;

const kroner = new Intl.NumberFormat("da-DK", {
  style: "currency",
  currency: "DKK",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const oneDecimal = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const rate = new Intl.NumberFormat("da-DK", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export const formatMoney = (value: number): string => kroner.format(Math.round(value) === 0 ? 0 : value);
export const formatNumber = (value: number): string => plain.format(value);
export const formatDecimal = (value: number): string => oneDecimal.format(value);
export const formatRate = (fraction: number): string => rate.format(fraction);
export const formatPayback = (years: number | null, horizonYears: number): string =>
  years === null
    ? t("keyFigures.notPaidBack", { years: horizonYears })
    : t("keyFigures.years", { value: formatDecimal(years) });
export const formatBreakEven = (year: number | null, horizonYears: number): string =>
  year === null ? t("keyFigures.notPaidBack", { years: horizonYears }) : t("keyFigures.breakEvenAt", { year });
export const formatDate = (value: Date): string =>
  new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(value);

export function describeIrr(irr: IrrResult): string {
  switch (irr.reason) {
    case "ok":
      return irr.value === null ? "" : formatRate(irr.value);
    case "no_sign_change":
      return t("keyFigures.irrNoSignChange");
    case "no_root":
      return t("keyFigures.irrNoRoot");
    case "several_roots":
      return t("keyFigures.irrSeveralRoots", { roots: irr.roots.map(formatRate).join(", ") });
  }
}

/** The screen's name of an input, by its path in BusinessCaseInputs. */
export const findLabel = (path: string): string => describeField(bcT, path);
export const findTornadoLabel = (path: string): string => describeTornadoInput(bcT, path);
