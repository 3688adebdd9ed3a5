/**
 * One line of the error summary: "Label: message". A label that already ends in a question
 * mark or other closing punctuation gets no colon ("Vil du fortsætte? Besvar spørgsmålet").
 */
export function formatSummaryLine(label: string, message: string): string {
  const trimmed = label.trim();
  return /[?!.:]$/.test(trimmed) ? `${trimmed} ${message}` : `${trimmed}: ${message}`;
}
