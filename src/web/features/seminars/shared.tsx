import { useTranslation } from "react-i18next";
import { fullDateInDenmark, timeInDenmark } from "../../../domain/locale-text.js";
import type { Language } from "../../../domain/validation.js";
import type { SidePlaces } from "../../../domain/seminars/views.js";
import { ApiError } from "../../api/client.js";

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === "en" ? "en" : "da";
}

/**
 * «torsdag den 7. januar 2027 kl. 09.00–15.00»: the seminar's day and hours in Danish time (without Intl:
 * locale-text.ts).
 */
export function formatSpan(startsAt: string, endsAt: string, language: Language): string {
  const day = fullDateInDenmark(new Date(startsAt), language);
  const time = (iso: string) => timeInDenmark(new Date(iso), language);
  return `${day} ${language === "da" ? "kl. " : ""}${time(startsAt)}–${time(endsAt)}`;
}

export function formatTime(iso: string, language: Language): string {
  return timeInDenmark(new Date(iso), language);
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
