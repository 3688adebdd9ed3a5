import { useTranslation } from "react-i18next";
import { dateTimeFormat } from "../../../../domain/intl-formats.js";
import { currentLanguage } from "../../../i18n/i18n.js";

const LOCALES = { da: "da-DK", en: "en-GB" } as const;

/** An ISO day (2026-11-24) as the reader writes dates, without a time zone shifting it a day. */
export function DayText({ day }: { day: string | null }) {
  const { t } = useTranslation("processes");
  if (!day) {
    return <span className="text-muted">{t("common.noDate")}</span>;
  }
  const [year, month, date] = day.split("-").map(Number);
  const text = dateTimeFormat(LOCALES[currentLanguage()], { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
  return <time dateTime={day}>{text}</time>;
}
