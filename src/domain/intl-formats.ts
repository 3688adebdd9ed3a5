/*
 * Intl formatters, made once per locale and options and then reused. Building an Intl.DateTimeFormat
 * costs far more than formatting with it (the locale's data is looked up and the pattern resolved each
 * time): a list that built one per date spent 0.1–0.2 s of a phone's main thread on it (issue 17).
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The options as a key: the same options written in another order are another key, which costs only a formatter. */
const keyOf = (locale: string, options: object) => `${locale}\u0000${JSON.stringify(options)}`;

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = keyOf(locale, options);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
