import { groups, openQuestion, statement, type SectionInput } from "./helpers.js";

/** Market development, competences, user involvement, implementation. Groups: M S C P. */
export const SECTIONS_B: SectionInput[] = [
  {
    key: "market_development",
    title: { da: "Markedsudvikling", en: "Market development" },
    description: {
      da: "Samarbejdet med leverandører, indkøb og dialogen med markedet.",
      en: "Cooperation with suppliers, procurement and the dialogue with the market.",
    },
    questions: [
      statement(
        "mkt_dialogue",
        "MP",
        "Institutionen går i dialog med virksomheder, før den køber nye løsninger.",
        "The institution engages in dialogue with companies before buying new solutions.",
      ),
      statement(
        "mkt_needs",
        "MP",
        "Institutionen beskriver sine behov, så virksomheder kan forstå dem og svare på dem.",
        "The institution describes its needs so that companies can understand and respond to them.",
      ),
      statement(
        "mkt_procurement",
        "MP",
        "Indkøbs- og udbudsreglerne bliver brugt, så de støtter afprøvning af nye løsninger.",
        "Procurement rules are used in a way that supports trying out new solutions.",
      ),
      statement(
        "mkt_suppliers",
        "MSP",
        "Samarbejdet med leverandørerne fungerer godt, også efter købet.",
        "Cooperation with suppliers works well, also after the purchase.",
      ),
      {
        type: "multiple",
        key: "mkt_channels",
        audiences: groups("MP"),
        required: false,
        text: {
          da: "Hvilke former for markedsdialog har institutionen brugt de seneste to år?",
          en: "Which forms of market dialogue has the institution used in the last two years?",
        },
        help: { da: "Vælg alle, der passer.", en: "Choose all that apply." },
        options: [
          { key: "meeting", label: { da: "Dialogmøde eller informationsmøde", en: "Dialogue or information meeting" } },
          {
            key: "written",
            label: { da: "Skriftlig markedsdialog, fx RFI", en: "Written market dialogue, e.g. an RFI" },
          },
          {
            key: "demo",
            label: { da: "Demonstration eller afprøvning hos os", en: "Demonstration or trial on our premises" },
          },
          {
            key: "partnership",
            label: {
              da: "OPI-projekt eller innovationspartnerskab",
              en: "Public-private innovation project or innovation partnership",
            },
          },
          { key: "none", label: { da: "Ingen af disse", en: "None of these" } },
        ],
      },
    ],
  },
  {
    key: "competences",
    title: { da: "Kompetencer og uddannelse", en: "Competences and training" },
    description: {
      da: "De færdigheder, der skal til for at bruge og udvikle nye løsninger, og oplæringen i dem.",
      en: "The skills needed to use and develop new solutions, and the training in them.",
    },
    questions: [
      statement(
        "comp_digital",
        "MS",
        "Medarbejderne har de digitale kompetencer, der skal til for at bruge nye løsninger.",
        "Staff have the digital skills needed to use new solutions.",
      ),
      statement(
        "comp_training",
        "MS",
        "Der bliver afsat tid til oplæring, når en ny løsning bliver indført.",
        "Time is set aside for training when a new solution is introduced.",
      ),
      statement(
        "comp_superusers",
        "MSP",
        "Der er superbrugere eller nøglepersoner, som kolleger kan få hjælp hos.",
        "There are super users or key people colleagues can turn to for help.",
      ),
      statement(
        "comp_projects",
        "MP",
        "Institutionen har kompetencer til at lede innovations- og udviklingsprojekter.",
        "The institution has the skills to lead innovation and development projects.",
      ),
      statement(
        "comp_confident",
        "SC",
        "Jeg føler mig tryg ved at bruge den teknologi, jeg møder i hverdagen.",
        "I feel confident using the technology I meet in everyday life.",
      ),
    ],
  },
  {
    key: "user_involvement",
    title: { da: "Brugerinddragelse", en: "User involvement" },
    description: {
      da: "Hvordan borgere, pårørende og medarbejdere er med, når løsninger vælges, udvikles og afprøves.",
      en: "How citizens, relatives and staff take part when solutions are chosen, developed and tested.",
    },
    questions: [
      statement(
        "user_early",
        "MSCP",
        "Borgere og pårørende bliver inddraget tidligt, når nye løsninger bliver udviklet eller valgt.",
        "Citizens and relatives are involved early when new solutions are developed or chosen.",
      ),
      statement(
        "user_staff",
        "MSP",
        "Medarbejderne er med til at vælge og afprøve nye løsninger.",
        "Staff take part in choosing and testing new solutions.",
      ),
      statement(
        "user_heard",
        "SC",
        "Mine erfaringer og ønsker bliver lyttet til.",
        "My experiences and wishes are listened to.",
      ),
      statement(
        "user_feedback",
        "MSC",
        "Der bliver fulgt op på, hvad brugerne synes om en løsning, efter at den er taget i brug.",
        "Users' views of a solution are followed up after it has been taken into use.",
      ),
      statement(
        "user_real_tests",
        "MP",
        "Nye løsninger bliver afprøvet under virkelige forhold, fx i et living lab eller hjemme hos borgere.",
        "New solutions are tested under real conditions, for example in a living lab or in citizens' homes.",
      ),
      openQuestion(
        "user_comment",
        "SC",
        "Hvad skal der til, for at en ny løsning gør en forskel for dig?",
        "What would it take for a new solution to make a difference to you?",
      ),
    ],
  },
  {
    key: "implementation",
    title: { da: "Implementering og drift", en: "Implementation and operation" },
    description: {
      da: "Instruktion, oplæring, vedligehold og opfølgning, når en løsning skal bruges i hverdagen.",
      en: "Instruction, training, maintenance and follow-up when a solution is put to everyday use.",
    },
    questions: [
      statement(
        "impl_instruction",
        "SC",
        "Der bliver givet god instruktion, når en ny løsning bliver taget i brug.",
        "Good instruction is given when a new solution is taken into use.",
      ),
      statement(
        "impl_plan",
        "MSP",
        "Der er en plan for implementeringen med ansvar, tidsplan og opfølgning.",
        "There is an implementation plan with responsibilities, a schedule and follow-up.",
      ),
      statement(
        "impl_maintenance",
        "MSP",
        "Det er aftalt, hvem der sørger for vedligehold, support og fejlretning.",
        "It is agreed who takes care of maintenance, support and repairs.",
      ),
      statement(
        "impl_followup",
        "MS",
        "Der bliver fulgt op på, om løsningen bliver brugt som tænkt, og der bliver rettet til undervejs.",
        "It is checked whether the solution is used as intended, and adjustments are made along the way.",
      ),
      statement(
        "impl_spread",
        "MP",
        "Gode løsninger bliver spredt til andre afdelinger eller kommuner.",
        "Good solutions are spread to other units or municipalities.",
      ),
      openQuestion(
        "impl_comment",
        "MSCP",
        "Tænk på den seneste løsning, der blev indført. Hvad gik godt, og hvad kunne være gjort bedre?",
        "Think of the latest solution that was introduced. What went well, and what could have been done better?",
      ),
    ],
  },
];
