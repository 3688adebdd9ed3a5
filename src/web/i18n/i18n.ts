import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../../domain/validation.js";
import da from "./da.json";
import en from "./en.json";
import { featureMenuTexts, loadWantedTexts } from "../features/resources.js";

export const LANGUAGES: readonly Language[] = ["da", "en"];
const STORAGE_KEY = "samspil_lang";

function isLanguage(value: unknown): value is Language {
  return value === "da" || value === "en";
}

function readCookieLanguage(): Language | null {
  const match = /(?:^|;\s*)samspil_lang=(da|en)(?:;|$)/.exec(document.cookie);
  return match && isLanguage(match[1]) ? match[1] : null;
}

function readStoredLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  return isLanguage(stored) ? stored : (readCookieLanguage() ?? "da");
}

/** Remembers the language in localStorage and in a cookie, so the server answers in it too. */
function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the cookie still carries the choice.
  }
  document.cookie = `samspil_lang=${language}; path=/; max-age=31536000; SameSite=Lax`;
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : "da";
}

export async function changeLanguage(language: Language): Promise<void> {
  // Signing in names the person's language, mostly the one already shown: switching to it again would
  // make i18next announce a change and every translated component render once more (issue 17).
  if (language === i18next.language) {
    return;
  }
  // The areas' page texts already on screen, in the new language, before it switches. Should that
  // fetch fail, switch anyway: i18next falls back to the Danish texts, which are there.
  await loadWantedTexts(language).catch(() => undefined);
  rememberLanguage(language);
  await i18next.changeLanguage(language);
}

export function initI18n(): typeof i18next {
  const language = readStoredLanguage();
  rememberLanguage(language);
  void i18next.use(initReactI18next).init({
    // The areas' menu labels; their page texts come with their pages (features/lazy-pages.tsx).
    resources: {
      da: { translation: da, ...featureMenuTexts("da") },
      en: { translation: en, ...featureMenuTexts("en") },
    },
    lng: language,
    fallbackLng: "da",
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
