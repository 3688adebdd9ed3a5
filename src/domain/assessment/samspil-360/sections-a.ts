import { openQuestion, statement, type SectionInput } from "./helpers.js";

/** Technology, strategy, organisation, business development. Groups: M S C P (see helpers.ts). */
export const SECTIONS_A: SectionInput[] = [
  {
    key: "technology",
    title: { da: "Teknologi", en: "Technology" },
    description: {
      da: "De tekniske løsninger, hjælpemidler og systemer, der bruges i hverdagen.",
      en: "The technical solutions, aids and systems used day to day.",
    },
    questions: [
      statement(
        "tech_fit",
        "MSCP",
        "Den teknologi, der bruges i hverdagen, passer til opgaverne og til borgernes behov.",
        "The technology used day to day fits the tasks and the citizens' needs.",
      ),
      statement(
        "tech_reliable",
        "MSC",
        "Teknologien virker stabilt, og fejl bliver rettet hurtigt.",
        "The technology works reliably, and faults are fixed quickly.",
      ),
      statement(
        "tech_overview",
        "MSP",
        "Institutionen har overblik over, hvilke velfærdsteknologiske løsninger der findes på markedet.",
        "The institution has an overview of the welfare technology solutions available on the market.",
      ),
      statement(
        "tech_infrastructure",
        "MSP",
        "Den digitale infrastruktur gør det let at tage nye løsninger i brug.",
        "The digital infrastructure makes it easy to adopt new solutions.",
        {
          da: "Fx trådløst netværk, udstyr, fagsystemer og adgang til data.",
          en: "For example wireless network, devices, case systems and access to data.",
        },
      ),
      statement(
        "tech_data",
        "MS",
        "Data fra teknologien bliver brugt til at forbedre arbejdet.",
        "Data from the technology are used to improve the work.",
      ),
      openQuestion(
        "tech_comment",
        "MSCP",
        "Hvilken teknologi savner du mest, eller hvad fungerer dårligst i dag?",
        "Which technology do you miss most, or what works worst today?",
      ),
    ],
  },
  {
    key: "strategy",
    title: { da: "Strategi", en: "Strategy" },
    description: {
      da: "Mål og retning for arbejdet med innovation og ny teknologi.",
      en: "Goals and direction for the work with innovation and new technology.",
    },
    questions: [
      statement(
        "strat_goals",
        "MSP",
        "Institutionen har klare mål for, hvad innovation og ny teknologi skal bidrage med.",
        "The institution has clear goals for what innovation and new technology should contribute.",
      ),
      statement(
        "strat_link",
        "MS",
        "Innovationsarbejdet hænger sammen med kommunens eller regionens overordnede strategi.",
        "The innovation work is linked to the municipality's or region's overall strategy.",
      ),
      statement(
        "strat_priority",
        "MSP",
        "Ledelsen afsætter tid og ressourcer til at afprøve nye løsninger.",
        "Management sets aside time and resources for trying out new solutions.",
      ),
      statement(
        "strat_why",
        "SC",
        "Jeg ved, hvorfor der bliver indført nye løsninger, og hvad de skal gøre bedre.",
        "I know why new solutions are introduced and what they should improve.",
      ),
      openQuestion(
        "strat_comment",
        "MSP",
        "Hvad er det vigtigste, institutionen bør opnå med innovation de næste tre år?",
        "What is the most important thing the institution should achieve through innovation in the next three years?",
      ),
    ],
  },
  {
    key: "organisation",
    title: { da: "Organisation", en: "Organisation" },
    description: {
      da: "Roller, samarbejde, tid og kultur omkring udvikling og forandring.",
      en: "Roles, cooperation, time and culture around development and change.",
    },
    questions: [
      statement(
        "org_roles",
        "MSP",
        "Det er tydeligt, hvem der har ansvaret for at drive nye projekter.",
        "It is clear who is responsible for driving new projects.",
      ),
      statement(
        "org_ideas",
        "MS",
        "Medarbejdernes idéer bliver taget op og fulgt til dørs.",
        "Staff members' ideas are taken up and followed through.",
      ),
      statement(
        "org_cooperation",
        "MSP",
        "Afdelinger og faggrupper samarbejder godt, når nye løsninger skal indføres.",
        "Units and professions work well together when new solutions are introduced.",
      ),
      statement(
        "org_time",
        "MS",
        "Der er tid i hverdagen til at deltage i udvikling og afprøvning.",
        "There is time in the working day to take part in development and testing.",
      ),
      statement(
        "org_culture",
        "MS",
        "Det er i orden at prøve noget nyt, også selv om det ikke lykkes.",
        "It is acceptable to try something new, even if it does not work out.",
      ),
    ],
  },
  {
    key: "business_development",
    title: { da: "Forretningsudvikling", en: "Business development" },
    description: {
      da: "Business cases, gevinster og incitamenter: kan det betale sig at gøre tingene på en ny måde?",
      en: "Business cases, benefits and incentives: does it pay to do things in a new way?",
    },
    questions: [
      statement(
        "biz_cases",
        "MP",
        "Institutionen laver en business case, før den beslutter at indføre en ny løsning.",
        "The institution prepares a business case before deciding to introduce a new solution.",
      ),
      statement(
        "biz_realised",
        "M",
        "Institutionen følger op på, om de forventede gevinster faktisk bliver hentet.",
        "The institution checks whether the expected benefits are actually realised.",
      ),
      statement(
        "biz_incentives",
        "MS",
        "Det kan betale sig for afdelingen at frigøre tid eller penge med nye løsninger.",
        "It pays off for the unit to free up time or money with new solutions.",
        {
          da: "Fx fordi en del af gevinsten bliver i afdelingen og ikke blot bliver inddraget.",
          en: "For example because part of the gain stays in the unit instead of simply being taken away.",
        },
      ),
      statement(
        "biz_funding",
        "MP",
        "Institutionen kender mulighederne for ekstern finansiering, fx fonde og puljer.",
        "The institution knows the options for external funding, such as foundations and grant pools.",
      ),
      statement(
        "biz_quality",
        "MS",
        "Gevinster bliver også målt på kvalitet for borgeren og på arbejdsmiljøet, ikke kun i kroner.",
        "Benefits are also measured as quality for the citizen and the working environment, not only in money.",
      ),
    ],
  },
];
