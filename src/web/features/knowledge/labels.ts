/** The reader's language as the API and the formatters name it. */
export function readerLanguage(language: string): "da" | "en" {
  return language.startsWith("en") ? "en" : "da";
}

/** The entry's title and summary in the reader's language, Danish where no English was written. */
export function localised(
  entry: { title: string; titleEn: string; summary: string; summaryEn: string },
  language: "da" | "en",
): { title: string; summary: string } {
  if (language === "en") {
    return { title: entry.titleEn || entry.title, summary: entry.summaryEn || entry.summary };
  }
  return { title: entry.title, summary: entry.summary };
}
