/**
 * The catalogue of measures an indicator may name: what each counts, in words, for the indicator card's
 * «how it is computed». The queries live in the modules that own the data (`measures` in their module
 * object); an indicator naming a code outside this list is refused, one naming a code no module
 * provides yet is shown as «not measured yet».
 */
export const MEASURE_CODES = [
  "pilot_municipalities",
  "pilot_regional_institutions",
  "pilot_state_institutions",
  "pilot_smes",
  "institutions_visited",
  "assessments_done",
  "seminars_held",
  "needs_recorded",
  "processes_started_individual",
  "processes_started_network",
  "tests_completed",
  "processes_implemented",
  "cases_published",
  "adoptions",
] as const;
export type MeasureCode = (typeof MEASURE_CODES)[number];

export function isMeasureCode(value: string): value is MeasureCode {
  return (MEASURE_CODES as readonly string[]).includes(value);
}

type Texts = { da: string; en: string };

/** «In a pilot project»: shown on every pilot indicator's card. */
export const PILOT_DEFINITION: Texts = {
  da:
    "Deltager i et forløb, der har passeret partnerskabsgaten (beslutningen «go» efter fasen " +
    "«Partnerskab og aftaler»): aftalerne er på plads, og samarbejdet er i gang.",
  en:
    "Takes part in a process that has passed the partnership gate (a «go» after the phase " +
    "«Partnership and agreement»): the agreements are settled and the work has begun.",
};

/** How each measure is computed, and which module owns it. */
export const MEASURE_CATALOGUE: Record<MeasureCode, { module: string; computation: Texts }> = {
  pilot_municipalities: {
    module: "processes",
    computation: {
      da:
        "Antal forskellige kommuner, der selv eller med en af deres enheder deltager" +
        " i et forløb efter partnerskabsgaten. Tæller fra datoen for den første «go».",
      en:
        "Distinct municipalities taking part, themselves or through one of their units," +
        " in a process past the partnership gate. Counts from the date of the first «go».",
    },
  },
  pilot_regional_institutions: {
    module: "processes",
    computation: {
      da: "Antal forskellige regioner (selv eller med en enhed) i et forløb efter partnerskabsgaten.",
      en: "Distinct regions (themselves or through a unit) in a process past the partnership gate.",
    },
  },
  pilot_state_institutions: {
    module: "processes",
    computation: {
      da: "Antal forskellige statslige institutioner (selv eller med en enhed) i et forløb efter partnerskabsgaten.",
      en: "Distinct state institutions (themselves or through a unit) in a process past the partnership gate.",
    },
  },
  pilot_smes: {
    module: "processes",
    computation: {
      da: "Antal forskellige SMV'er (virksomheder med under 250 ansatte) i et forløb efter partnerskabsgaten.",
      en: "Distinct SMEs (companies with fewer than 250 employees) in a process past the partnership gate.",
    },
  },
  institutions_visited: {
    module: "outreach",
    computation: {
      da: "Antal forskellige institutioner med et registreret besøg eller møde i agenternes opsøgende log.",
      en: "Distinct institutions with a recorded visit or meeting in the agents' outreach log.",
    },
  },
  assessments_done: {
    module: "assessments",
    computation: {
      da: "Antal afsluttede 360°-vurderinger, dateret ved afslutningen.",
      en: "360° assessments closed, dated when closed.",
    },
  },
  seminars_held: {
    module: "seminars",
    computation: {
      da: "Antal afholdte seminarer, dateret ved seminarets dato.",
      en: "Seminars held, dated on the seminar's date.",
    },
  },
  needs_recorded: {
    module: "needs",
    computation: {
      da: "Antal registrerede behov, dateret ved oprettelsen.",
      en: "Needs recorded, dated when created.",
    },
  },
  processes_started_individual: {
    module: "processes",
    computation: {
      da: "Antal startede individuelle forløb (én behovsejer, én virksomhed), dateret ved start.",
      en: "Individual processes started (one need owner, one company), dated at start.",
    },
  },
  processes_started_network: {
    module: "processes",
    computation: {
      da: "Antal startede netværksforløb (mindst tre organisationer), dateret ved start.",
      en: "Network processes started (at least three organisations), dated at start.",
    },
  },
  tests_completed: {
    module: "processes",
    computation: {
      da: "Antal forløb med «go» efter fasen «Test og demonstration», dateret ved beslutningen.",
      en: "Processes with a «go» after the phase «Test and demonstration», dated at the decision.",
    },
  },
  processes_implemented: {
    module: "processes",
    computation: {
      da:
        "Antal forløb med «go» efter «Evaluering og business" +
        " case»: løsningen tages i brug. Dateret ved beslutningen.",
      en:
        "Processes with a «go» after «Evaluation and business" +
        " case»: the solution is taken into use. Dated at the decision.",
    },
  },
  cases_published: {
    module: "knowledge",
    computation: {
      da: "Antal offentliggjorte cases i videnbasen, dateret ved offentliggørelsen.",
      en: "Cases published in the knowledge base, dated when published.",
    },
  },
  adoptions: {
    module: "knowledge",
    computation: {
      da: "Antal registrerede genbrug af en løsning hos en anden organisation, dateret ved registreringen.",
      en: "Recorded adoptions of a solution by another organisation, dated when recorded.",
    },
  },
};
