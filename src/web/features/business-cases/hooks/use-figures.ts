import { useTranslation } from "react-i18next";
import type { IrrResult } from "../../../../domain/business-case/irr.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { formatDecimal, formatKr, formatRate } from "../model/format.js";

/** Key figures as words and numbers in the reader's language. */
export function useFigures() {
  const { t } = useTranslation("businessCases");
  const language = currentLanguage();
  return {
    language,
    kr: (value: number) => formatKr(value, language),
    /** Payback in years with one decimal, or why there is none within the horizon. */
    payback: (years: number | null, horizonYears: number) =>
      years === null
        ? t("keyFigures.notPaidBack", { years: horizonYears })
        : t("keyFigures.years", { value: formatDecimal(years, language) }),
    irr: (irr: IrrResult) => {
      switch (irr.reason) {
        case "ok":
          return irr.value === null ? "" : formatRate(irr.value, language);
        case "no_sign_change":
          return t("keyFigures.irrNoSignChange");
        case "no_root":
          return t("keyFigures.irrNoRoot");
        case "several_roots":
          return t("keyFigures.irrSeveralRoots", {
            roots: irr.roots.map((root) => formatRate(root, language)).join(", "),
          });
      }
    },
    breakEven: (year: number | null, horizonYears: number) =>
      year === null ? t("keyFigures.notPaidBack", { years: horizonYears }) : t("keyFigures.breakEvenAt", { year }),
  };
}

export type Figures = ReturnType<typeof useFigures>;
