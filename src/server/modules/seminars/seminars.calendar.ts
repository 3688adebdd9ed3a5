import ical, { ICalEventStatus, type ICalEventData } from "ical-generator";
import type { SeminarRow } from "./seminars.repo.js";

/** A stable UID per seminar: calendars match a changed or cancelled entry to the one they hold. */
export const seminarUid = (id: string): string => `seminar-${id}@samspil`;

function eventOf(seminar: SeminarRow, publicUrl: string, onlineUrl: string): ICalEventData {
  const link = `${publicUrl}/seminarer/${seminar.id}`;
  return {
    id: seminarUid(seminar.id),
    sequence: seminar.sequence,
    start: seminar.starts_at,
    end: seminar.ends_at,
    stamp: seminar.updated_at,
    summary: seminar.title,
    description: [seminar.description, onlineUrl && `Online: ${onlineUrl}`, link].filter(Boolean).join("\n\n"),
    location: seminar.place_address || onlineUrl || null,
    url: link,
    status: seminar.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/** One seminar as an .ics; the online link only for people holding a place. */
export function seminarCalendar(seminar: SeminarRow, publicUrl: string, onlineUrl = ""): string {
  return ical({
    prodId: "//Samspil//Seminarer//DA",
    name: seminar.title,
    events: [eventOf(seminar, publicUrl, onlineUrl)],
  }).toString();
}

/** The subscribable feed of the programme's published seminars (no online links: it is public). */
export function seminarFeed(seminars: SeminarRow[], publicUrl: string): string {
  return ical({
    prodId: "//Samspil//Seminarer//DA",
    name: "Samspil – innovationsseminarer",
    events: seminars.map((seminar) => eventOf(seminar, publicUrl, "")),
  }).toString();
}
