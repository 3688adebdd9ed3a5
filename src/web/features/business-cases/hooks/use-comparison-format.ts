import { useTranslation } from "react-i18next";
import { useFigures } from "./use-figures.js";
import { useScoreLabel } from "../components/score-label.js";
import { formatDecimal, formatPercent, formatRate, formatSignedKr, formatWhole } from "../model/format.js";

type Leaf = number | string | boolean | null | undefined;

const PERCENT_PATHS = [/^publicSide\.phaseIn\.\d+$/, /^companySide\.market\.adoption\.\d+$/, /^discountRate\.ratePct$/];
const COUNT_PATHS = [
  "companySide.market.institutions",
  "companySide.market.unitsPerInstitution",
  "publicSide.benefits.hoursFreedPerYear",
];

/** Values in a version comparison, written as the editor writes them. */
export function useComparisonFormat() {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const scoreLabel = useScoreLabel();
  const { language } = figures;

  const field = (path: string, value: Leaf): string => {
    if (value === undefined) {
      return t("versions.absent");
    }
    if (value === null) {
      return t("editor.none");
    }
    if (typeof value !== "number") {
      if (path === "discountRate.mode") {
        return value === "fm" ? t("versions.fm") : t("versions.custom");
      }
      return String(value);
    }
    if (PERCENT_PATHS.some((pattern) => pattern.test(path))) {
      return formatPercent(value, language);
    }
    if (/^publicSide\.qualityEffects\.\d+\.score$/.test(path)) {
      return scoreLabel(value);
    }
    if (path === "horizonYears") {
      return t("keyFigures.years", { value: formatWhole(value, language) });
    }
    if (COUNT_PATHS.includes(path)) {
      return formatWhole(value, language);
    }
    return figures.kr(value);
  };

  const metricKind = (metric: string) => metric.split(".")[1];

  const metric = (name: string, value: number | null): string => {
    const kind = metricKind(name);
    if (kind === "npv") {
      return value === null ? t("editor.none") : figures.kr(value);
    }
    if (value === null) {
      return kind === "irr" ? t("versions.irrUndefined") : t("versions.notWithinHorizon");
    }
    if (kind === "irr") {
      return formatRate(value, language);
    }
    if (kind === "breakEvenYear") {
      return t("keyFigures.breakEvenAt", { year: value });
    }
    return t("keyFigures.years", { value: formatDecimal(value, language) });
  };

  const difference = (name: string, value: number | null): string => {
    if (value === null) {
      return "";
    }
    if (Math.abs(value) < 1e-9) {
      return t("versions.noDifference");
    }
    const kind = metricKind(name);
    if (kind === "npv") {
      return formatSignedKr(value, language);
    }
    if (kind === "irr") {
      return t("versions.points", { value: formatDecimal(value * 100, language, 1, true) });
    }
    if (kind === "breakEvenYear") {
      return t("keyFigures.years", { value: formatWhole(value, language, true) });
    }
    return t("keyFigures.years", { value: formatDecimal(value, language, 1, true) });
  };

  const metricLabel = (name: string): string => {
    const [side, kind] = name.split(".");
    const sideLabel =
      side === "company"
        ? t("keyFigures.company")
        : side === "combined"
          ? t("keyFigures.combined")
          : t("keyFigures.public");
    const kinds = {
      npv: t("keyFigures.npv"),
      simplePayback: t("keyFigures.simplePayback"),
      discountedPayback: t("keyFigures.discountedPayback"),
      irr: t("keyFigures.irr"),
      breakEvenYear: t("keyFigures.breakEvenYear"),
    } as Record<string, string>;
    return `${sideLabel}: ${(kinds[kind] ?? kind).toLowerCase()}`;
  };

  return { field, metric, difference, metricLabel };
}
