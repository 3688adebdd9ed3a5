import i18next, { type TFunction } from "i18next";
import type { Language } from "../../../domain/validation.js";
import daMain from "../../i18n/da.json";
import enMain from "../../i18n/en.json";
import daNeeds from "./i18n/da.json";
import enNeeds from "./i18n/en.json";
import type { NeedsT } from "./labels.js";

/** The needs feature's words and the shell's, in both languages, outside React (for the text functions' tests). */
export async function loadNeedsWords(): Promise<Record<Language, { t: NeedsT; tc: TFunction }>> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: "da",
    resources: { da: { translation: daMain, needs: daNeeds }, en: { translation: enMain, needs: enNeeds } },
    interpolation: { escapeValue: false },
  });
  const forLanguage = (language: Language) => ({
    t: instance.getFixedT(language, "needs") as unknown as NeedsT,
    tc: instance.getFixedT(language),
  });
  return { da: forLanguage("da"), en: forLanguage("en") };
}
