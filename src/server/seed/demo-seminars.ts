import type { Db } from "../db/database.js";
import type { Capacities, Side } from "../../domain/seminars/schemas.js";
import { buildRegistrationDefinition } from "../../domain/seminars/survey-definitions.js";
import { insertOutcome, insertRegistration, insertSeminar, replaceAgenda } from "../modules/seminars/seminars.repo.js";
import { saveQuestionnaireDefinition } from "../modules/seminars/surveys.repo.js";
import { setSeedNeedOriginSeminar } from "./seed.repo.js";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A day relative to today at a Danish local hour (UTC+1 in winter is close enough for demo data). */
function at(days: number, hour: number, minute = 0): Date {
  const day = new Date(Date.now() + days * DAY);
  day.setUTCHours(hour - 1, minute, 0, 0);
  return day;
}

function capacities(values: Record<Side, number>, reservedPublic = 0): string {
  const result: Capacities = {
    public: { capacity: values.public, reserved: reservedPublic },
    company: { capacity: values.company, reserved: 0 },
    knowledge: { capacity: values.knowledge, reserved: 0 },
    other: { capacity: values.other, reserved: 0 },
  };
  return JSON.stringify(result);
}

function agenda(start: Date, items: [number, string, string, boolean?][]) {
  let minutes = 0;
  return items.map(([durationMinutes, title, speaker, isPitchSlot]) => {
    const item = {
      startsAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
      durationMinutes,
      title,
      speaker,
      isPitchSlot: isPitchSlot ?? false,
    };
    minutes += durationMinutes;
    return item;
  });
}

interface Person {
  name: string;
  email: string;
  side: Side;
  organisation: string;
  status: "registered" | "waitlisted" | "attended" | "no_show";
  consent?: boolean;
}

/**
 * Three themed seminars: «Fra 2 til 1 – forflytning» held a month ago (check-ins, outcomes, the lift need as
 * its trail into the lift process), «Demens og teknologi» in three weeks with the company side full and a wait
 * list, «Rengøring og hygiejne» open for registration.
 */
export async function loadDemoSeminars(
  db: Db,
  refs: { ids: Map<string, string>; needIds: Map<string, string>; agentId: string | null },
): Promise<void> {
  const org = (name: string) => refs.ids.get(name) ?? null;
  const addPeople = async (seminarId: string, people: Person[], checkedInAt: Date | null) => {
    for (const person of people) {
      await insertRegistration(db, {
        seminar_id: seminarId,
        name: person.name,
        email: person.email,
        side: person.side,
        organisation_id: org(person.organisation),
        organisation_name: person.organisation,
        user_id: null,
        invitation_id: null,
        consent_to_list: person.consent ?? false,
        status: person.status,
        token_hash: null,
        confirmed_at: new Date(),
        checked_in_at: person.status === "attended" ? checkedInAt : null,
        created_at: new Date(),
        updated_at: new Date(),
      });
    }
  };

  // Held a month ago.
  const pastStart = at(-30, 9);
  const past = await insertSeminar(db, {
    title: "Fra 2 til 1 – forflytning",
    description:
      "Hvordan kan én medarbejder klare forflytninger, der i dag kræver to? Hjemmeplejen fortæller om hverdagen, " +
      "virksomheder viser loftlifte og vendesystemer, og vi arbejder i grupper om konkrete behov.",
    care_areas: ["home_care", "rehabilitation"],
    place_address: "Aarhus Rådhus, Rådhuspladsen 2, 8000 Aarhus C",
    online_url: "",
    starts_at: pastStart,
    ends_at: at(-30, 15),
    registration_opens_at: at(-60, 8),
    registration_closes_at: at(-31, 23),
    capacities: capacities({ public: 20, company: 10, knowledge: 5, other: 5 }),
    status: "held",
    minutes:
      "22 deltog. Hjemmeplejen Aarhus Syd beskrev 14 borgere med dobbeltforflytninger. LøfteLet og VendeSeng " +
      "viste løsninger. Idéen om en loftlift med sensor blev til et behov og siden til et forløb.",
    created_by: refs.agentId,
    created_at: at(-60, 8),
    updated_at: at(-30, 16),
  });
  await replaceAgenda(
    db,
    past,
    agenda(pastStart, [
      [20, "Velkomst og programmet OPI Velfærd", "Jonas Holm", false],
      [40, "Forflytninger i hverdagen", "Sara Nielsen, Hjemmeplejen Aarhus Syd", false],
      [60, "Pitch: løsninger til én-persons-forflytning", "LøfteLet ApS, VendeSeng A/S", true],
      [90, "Gruppearbejde: fra idé til behov", "", false],
    ]),
  );
  await addPeople(
    past,
    [
      {
        name: "Sara Nielsen",
        email: "hjemmepleje@samspil.example",
        side: "public",
        organisation: "Hjemmeplejen Aarhus Syd",
        status: "attended",
        consent: true,
      },
      {
        name: "Mette Lund",
        email: "mette.lund@aarhus.example",
        side: "public",
        organisation: "Aarhus Kommune",
        status: "attended",
        consent: true,
      },
      {
        name: "Per Hansen",
        email: "per.hansen@odense.example",
        side: "public",
        organisation: "Hjemmeplejen Odense Nord",
        status: "no_show",
      },
      {
        name: "Mads Berg",
        email: "virksomhed@samspil.example",
        side: "company",
        organisation: "LøfteLet ApS",
        status: "attended",
        consent: true,
      },
      {
        name: "Eva Vinther",
        email: "eva@vendeseng.example",
        side: "company",
        organisation: "VendeSeng A/S",
        status: "attended",
      },
      {
        name: "Karen Lund",
        email: "viden@samspil.example",
        side: "knowledge",
        organisation: "Teknologisk Institut (DTI)",
        status: "attended",
        consent: true,
      },
    ],
    new Date(pastStart.getTime() + 10 * 60_000),
  );
  const liftNeed = refs.needIds.get("C01") ?? null;
  await insertOutcome(db, {
    seminar_id: past,
    kind: "need",
    text: "En loftlift med sensor, så én medarbejder kan forflytte borgeren sikkert.",
    company_id: null,
    institution_id: null,
    need_id: liftNeed,
    recorded_by: refs.agentId,
    created_at: at(-30, 14),
  });
  await insertOutcome(db, {
    seminar_id: past,
    kind: "idea",
    text: "Vendelagner, der kan betjenes fra sengens ene side.",
    company_id: null,
    institution_id: null,
    need_id: null,
    recorded_by: refs.agentId,
    created_at: at(-30, 14, 30),
  });
  await insertOutcome(db, {
    seminar_id: past,
    kind: "match_lead",
    text: "LøfteLet og Teknologisk Institut bør mødes om test og dokumentation.",
    company_id: org("LøfteLet ApS"),
    institution_id: org("Teknologisk Institut (DTI)"),
    need_id: null,
    recorded_by: refs.agentId,
    created_at: at(-30, 14, 45),
  });
  if (liftNeed) {
    await setSeedNeedOriginSeminar(db, liftNeed, past);
  }

  // In three weeks; the company side (4 places) is full and two companies wait.
  const dementiaStart = at(21, 13);
  const dementia = await insertSeminar(db, {
    title: "Demens og teknologi",
    description:
      "Tryghed, orientering og nattero for borgere med demens. Plejecentre deler erfaringer, og virksomheder " +
      "pitcher løsninger til sensorer, lys og kommunikation.",
    care_areas: ["dementia", "nursing_home"],
    place_address: "Plejecenter Fuglsanggården, Odense",
    online_url: "https://meet.example/demens-og-teknologi",
    starts_at: dementiaStart,
    ends_at: at(21, 16),
    registration_opens_at: at(-14, 8),
    registration_closes_at: at(20, 12),
    capacities: capacities({ public: 15, company: 4, knowledge: 4, other: 2 }, 2),
    status: "published",
    minutes: "",
    created_by: refs.agentId,
    created_at: at(-14, 8),
    updated_at: at(-14, 8),
  });
  await replaceAgenda(
    db,
    dementia,
    agenda(dementiaStart, [
      [15, "Velkomst", "Jonas Holm", false],
      [45, "Nattero og tryghed på plejecentret", "Plejecenter Fuglsanggården", false],
      [60, "Pitch: teknologi til borgere med demens", "", true],
      [60, "Dialog: hvilke behov vil vi løse først?", "", false],
    ]),
  );
  await addPeople(
    dementia,
    [
      {
        name: "Lise Holm",
        email: "lise.holm@odense.example",
        side: "public",
        organisation: "Plejecenter Fuglsanggården",
        status: "registered",
        consent: true,
      },
      {
        name: "Anders Krog",
        email: "anders@sensorro.example",
        side: "company",
        organisation: "DemensGuide ApS",
        status: "registered",
      },
      {
        name: "Bente Friis",
        email: "bente@lysrytme.example",
        side: "company",
        organisation: "Sensio Gulve ApS",
        status: "registered",
      },
      {
        name: "Carl Dam",
        email: "carl@skaermnaer.example",
        side: "company",
        organisation: "SkærmNær ApS",
        status: "registered",
      },
      {
        name: "Mads Berg",
        email: "virksomhed@samspil.example",
        side: "company",
        organisation: "LøfteLet ApS",
        status: "registered",
      },
      {
        name: "Dorte Ravn",
        email: "dorte@tryghed.example",
        side: "company",
        organisation: "TrygHjem Analytics ApS",
        status: "waitlisted",
      },
      {
        name: "Erik Moe",
        email: "erik@natlys.example",
        side: "company",
        organisation: "Faldalarm Danmark ApS",
        status: "waitlisted",
      },
    ],
    null,
  );

  // Open for registration, in six weeks.
  const cleaningStart = at(42, 9);
  const cleaning = await insertSeminar(db, {
    title: "Rengøring og hygiejne",
    description:
      "Robotter, nye materialer og bedre arbejdsgange i rengøring og hygiejne på plejecentre og i hjemmeplejen.",
    care_areas: ["elder_care", "nursing_home"],
    place_address: "Køge Rådhus, Torvet 1, 4600 Køge",
    online_url: "https://meet.example/rengoering-og-hygiejne",
    starts_at: cleaningStart,
    ends_at: at(42, 12),
    registration_opens_at: at(-7, 8),
    registration_closes_at: at(41, 12),
    capacities: capacities({ public: 25, company: 12, knowledge: 6, other: 5 }),
    status: "published",
    minutes: "",
    created_by: refs.agentId,
    created_at: at(-7, 8),
    updated_at: at(-7, 8),
  });
  await replaceAgenda(
    db,
    cleaning,
    agenda(cleaningStart, [
      [15, "Velkomst", "Jonas Holm", false],
      [45, "Hygiejne i hjemmeplejen: hvor er tiden?", "Ølby Ældrecenter", false],
      [60, "Pitch: rengøringsrobotter og materialer", "", true],
      [60, "Gruppearbejde om behov", "", false],
    ]),
  );
  // One optional registration question, for the group work.
  await saveQuestionnaireDefinition(
    db,
    cleaning,
    buildRegistrationDefinition({
      questions: [
        {
          type: "single",
          da: "Hvad vil du helst arbejde med i gruppearbejdet?",
          en: "What would you most like to work on in the group work?",
          required: false,
          options: [
            { da: "Robotter", en: "Robots" },
            { da: "Materialer", en: "Materials" },
            { da: "Arbejdsgange", en: "Work routines" },
          ],
        },
      ],
    }),
  );
  await addPeople(
    cleaning,
    [
      {
        name: "Hanne Bo",
        email: "hanne.bo@koege.example",
        side: "public",
        organisation: "Ølby Ældrecenter",
        status: "registered",
        consent: true,
      },
    ],
    null,
  );
}
