/** The deadline fields of a form (local date and time) as the ISO date-time the API wants, or "" if incomplete. */
export function deadlineToIso(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return "";
  }
  const local = new Date(`${date}T${time}:00`);
  return Number.isNaN(local.getTime()) ? "" : local.toISOString();
}

/** A local date `days` from now as yyyy-mm-dd (for the date field's default). */
export function localDateFromNow(days: number, now = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** "Åben for tilbud", "Fristen er overskredet" or "Lukket": which one a call is now. */
export function callState(call: { status: string; isOpenForOffers: boolean }): "open" | "deadlinePassed" | "closed" {
  if (call.status === "closed") {
    return "closed";
  }
  return call.isOpenForOffers ? "open" : "deadlinePassed";
}
