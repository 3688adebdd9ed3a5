import { useTranslation } from "react-i18next";
import { dateTimeFormat } from "../../../domain/intl-formats.js";
import type { Language } from "../../../domain/validation.js";
import type { SidePlaces } from "../../../domain/seminars/views.js";
import { ApiError } from "../../api/client.js";

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === "en" ? "en" : "da";
}

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** «torsdag 7. januar 2027 kl. 09.00–15.00»: the seminar's day and hours in Danish time. */
export function formatSpan(startsAt: string, endsAt: string, language: Language): string {
  const zone = { timeZone: "Europe/Copenhagen" };
  const day = dateTimeFormat(LOCALES[language], { ...zone, dateStyle: "full" }).format(new Date(startsAt));
  const time = (iso: string) =>
    dateTimeFormat(LOCALES[language], { ...zone, hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
  return `${day} ${language === "da" ? "kl. " : ""}${time(startsAt)}–${time(endsAt)}`;
}

export function formatTime(iso: string, language: Language): string {
  return dateTimeFormat(LOCALES[language], {
    timeZone: "Europe/Copenhagen",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** Free places per side, or «Venteliste» when a side with places is full; sides without places are left out. */
export function PlacesList({ places }: { places: SidePlaces[] }) {
  const { t } = useTranslation("seminars");
  return (
    <ul className="seminar-places">
      {places
        .filter((side) => side.capacity > 0)
        .map((side) => (
          <li key={side.side}>
            {t(`sides.${side.side}`)}:{" "}
            <strong>{side.left > 0 ? t("places.left", { count: side.left }) : t("places.waitlist")}</strong>
          </li>
        ))}
    </ul>
  );
}

export function errorText(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}
