import { randomUUID } from "node:crypto";
import type { Db } from "../db/database.js";
import { insertSeedRows } from "./seed.repo.js";
import { danishDay } from "./seed-days.js";

interface DemoContact {
  /** Days before today. */
  daysAgo: number;
  kind: "visit" | "meeting" | "call";
  organisations: string[];
  participants: string;
  notes: string;
  /** Days after today (negative: already due); null: no follow-up. */
  followUpIn: number | null;
  followUpDone?: boolean;
}

/**
 * The agent's outreach over the last months: visits to municipalities, units and a region (they count as
 * institutions visited), meetings and calls with companies, some follow-ups already due on the home page.
 */
const DEMO_CONTACTS: DemoContact[] = [
  {
    daysAgo: 150,
    kind: "visit",
    organisations: ["Aarhus Kommune"],
    participants: "Innovationschef Mette Lund, Jonas Holm",
    notes: "Præsenterede programmet. Aarhus vil pege på to enheder med tunge forflytninger.",
    followUpIn: -135,
    followUpDone: true,
  },
  {
    daysAgo: 128,
    kind: "visit",
    organisations: ["Hjemmeplejen Aarhus Syd"],
    participants: "Leder Sara Nielsen, to SOSU-assistenter",
    notes: "Så forflytninger i praksis. To medarbejdere pr. forflytning tre gange dagligt hos 14 borgere.",
    followUpIn: -110,
    followUpDone: true,
  },
  {
    daysAgo: 112,
    kind: "meeting",
    organisations: ["LøfteLet ApS", "Teknologisk Institut (DTI)"],
    participants: "Mads Berg (LøfteLet), Jonas Holm",
    notes: "LøfteLet har en prototype på en loftlift med sensor; TI kan stå for test og dokumentation.",
    followUpIn: null,
  },
  {
    daysAgo: 96,
    kind: "visit",
    organisations: ["Viborg Kommune", "Hjemmeplejen Viborg Midt"],
    participants: "Digitaliseringskonsulent, teamleder i Viborg Midt",
    notes: "Interesse for skærmbesøg om aftenen. Ønsker at tale med SkærmNær.",
    followUpIn: -80,
    followUpDone: true,
  },
  {
    daysAgo: 75,
    kind: "call",
    organisations: ["SkærmNær ApS"],
    participants: "Direktør, Jonas Holm",
    notes: "SkærmNær kan stille 20 skærme til rådighed i en testperiode.",
    followUpIn: null,
  },
  {
    daysAgo: 60,
    kind: "visit",
    organisations: ["Region Midtjylland"],
    participants: "Sundhedsinnovation, to projektledere",
    notes: "Regionen vil gerne med i et netværksforløb om hjemmemonitorering.",
    followUpIn: -20,
  },
  {
    daysAgo: 45,
    kind: "visit",
    organisations: ["Odense Kommune", "Hjemmeplejen Odense Nord"],
    participants: "Ældrechef, leder af Odense Nord",
    notes: "Odense overvejer at blive med i loftlift-netværket. Sender data om forflytninger.",
    followUpIn: -5,
  },
  {
    daysAgo: 33,
    kind: "meeting",
    organisations: ["Spiseven Robotics ApS"],
    participants: "Produktchef, Jonas Holm",
    notes: "Spiseroboten er klar til test på plejehjem. Mangler et plejecenter.",
    followUpIn: -2,
  },
  {
    daysAgo: 21,
    kind: "visit",
    organisations: ["Plejecenter Fuglsanggården"],
    participants: "Centerleder, ergoterapeut",
    notes: "Kandidat til test af spiserobot. Ønsker at høre beboerråd først.",
    followUpIn: 0,
  },
  {
    daysAgo: 14,
    kind: "call",
    organisations: ["Køge Kommune"],
    participants: "Innovationskonsulent",
    notes: "Køge spørger til 360°-vurdering af hjemmeplejen. Aftalt besøg i januar.",
    followUpIn: 9,
  },
  {
    daysAgo: 8,
    kind: "visit",
    organisations: ["Social- og Boligstyrelsen"],
    participants: "Kontorchef, to fuldmægtige",
    notes: "Styrelsen vil gerne bidrage med viden om hjælpemidler og udbredelse.",
    followUpIn: 14,
  },
  {
    daysAgo: 3,
    kind: "meeting",
    organisations: ["Aalborg Kommune", "Region Nordjylland"],
    participants: "Aalborgs velfærdsteknologiske enhed, regionens innovationsteam",
    notes: "Fælles behov for natlig tilsyn med sensorer. Afventer deres prioritering.",
    followUpIn: 1,
  },
];

const day = (offset: number) => danishDay(offset);

export async function loadDemoOutreach(
  db: Db,
  demo: { ids: Map<string, string>; agentId: string | null },
): Promise<void> {
  const contacts = DEMO_CONTACTS.map((contact) => ({ id: randomUUID(), contact }));
  await insertSeedRows(
    db,
    "outreach_contacts",
    contacts.map(({ id, contact }) => {
      const followUpOn = contact.followUpIn === null ? null : day(contact.followUpIn);
      return {
        id,
        occurred_on: day(-contact.daysAgo),
        kind: contact.kind,
        participants: contact.participants,
        notes: contact.notes,
        follow_up_on: followUpOn,
        follow_up_done_at: contact.followUpDone && followUpOn ? followUpOn : null,
        // Follow-ups long past were reminded when they came due; those due now are reminded by the job.
        reminded_at: contact.followUpDone && followUpOn ? followUpOn : null,
        recorded_by: demo.agentId,
        // Written up the day of the contact, last touched when its follow-up was done.
        created_at: new Date(day(-contact.daysAgo)),
        updated_at: new Date(contact.followUpDone && followUpOn ? followUpOn : day(-contact.daysAgo)),
      };
    }),
  );
  await insertSeedRows(
    db,
    "outreach_contact_organisations",
    contacts.flatMap(({ id, contact }) =>
      contact.organisations.map((name) => {
        const organisationId = demo.ids.get(name);
        if (!organisationId) {
          throw new Error(`demo organisation missing: ${name}`);
        }
        return { contact_id: id, organisation_id: organisationId };
      }),
    ),
  );
}
