import type { CaseFacts, CaseResult } from "../../domain/knowledge/entries.js";

/**
 * What the knowledge base adds to the real cases in data/demo_cases.json: a one-line summary, the case's
 * classification, results by value type and lessons, written in our own words from the cited sources.
 * The need, solution, parties and sources come from the data file itself.
 */
export interface DemoCaseNotes {
  summary: string;
  status: CaseFacts["status"];
  careArea: CaseFacts["careArea"];
  phase: CaseFacts["phase"];
  model: CaseFacts["model"];
  innovationType: CaseFacts["innovationType"];
  novelty: CaseFacts["novelty"];
  technology: string;
  results: CaseResult[];
  lessons: string;
  conditions: string;
  /** Municipality codes that took the solution into use, as the sources report (implemented). */
  adoptedBy: string[];
  /** Methods (seed keys) the case is an example of. */
  methods: string[];
}

const result = (valueType: CaseResult["valueType"], text: string, evidence: string): CaseResult => ({
  valueType,
  text,
  evidence,
});

export const DEMO_CASE_NOTES: Record<string, DemoCaseNotes> = {
  C01: {
    summary: "Loftlifte og højdeindstillelige badestole gjorde det muligt for én medarbejder at klare forflytninger.",
    status: "scaled",
    careArea: "elder_care",
    phase: "implementation",
    model: null,
    innovationType: "process",
    novelty: "first",
    technology: "Loftlift med skinnesystem, el-højdeindstillelig toilet- og badestol",
    results: [
      result("efficiency", "Opgaver, der krævede to hjemmehjælpere, kunne klares af én", "ABT-fondens årsrapport 2010"),
      result("employee_satisfaction", "Færre tunge løft og bedre arbejdsstillinger", "Business case, Rambøll 2011"),
    ],
    lessons: "Teknologien alene giver ikke gevinsten: uddannelse og ny organisering af besøgene var afgørende.",
    conditions: "Ledelsesopbakning til at ændre besøgsplanen fra to til én medarbejder.",
    adoptedBy: ["0751", "0461", "0330"],
    methods: ["method:business-case", "method:alliances"],
  },
  C02: {
    summary: "Vasketoiletter gjorde hjemmeboende borgere selvhjulpne ved toiletbesøg og sparede visiteret tid.",
    status: "implemented",
    careArea: "home_care",
    phase: "implementation",
    model: null,
    innovationType: "service",
    novelty: "adapted",
    technology: "Toiletsæde med skylle- og tørrefunktion",
    results: [
      result(
        "efficiency",
        "Den visiterede tid faldt 13,6 %, knap 52 minutter pr. borger om ugen",
        "Evaluering blandt 30 borgere",
      ),
      result("quality", "Borgerne klarer toiletbesøget selv", "Aarhus Kommunes evaluering"),
    ],
    lessons:
      "Gevinsten var større end i tidligere forsøg, fordi borgerne blev udvalgt efter, hvem der kunne blive " +
      "selvhjulpne.",
    conditions: "Visitation der målretter løsningen til de borgere, der kan bruge den.",
    adoptedBy: ["0751"],
    methods: ["method:business-case"],
  },
  C03: {
    summary: "Vaske-tørre-toiletter på plejehjem indfriede ikke potentialet – og kommunen stoppede i tide.",
    status: "stopped",
    careArea: "nursing_home",
    phase: "market_maturation",
    model: null,
    innovationType: "service",
    novelty: "copied",
    technology: "Vaske-tørre-toilet",
    results: [
      result(
        "political_goals",
        "Udvalget besluttede ingen yderligere investering",
        "Indstilling til udvalget, maj 2018",
      ),
    ],
    lessons:
      "En løsning, der virker i eget hjem, virker ikke nødvendigvis på plejehjem, hvor beboerne har brug " +
      "for mere hjælp.",
    conditions: "Afklar brugergruppen og mål tidsforbruget før investering.",
    adoptedBy: [],
    methods: ["method:living-lab"],
  },
  C05: {
    summary: "Fire typer spiserobotter blev afprøvet til borgere, der ikke selv kan føre maden til munden.",
    status: "pilot",
    careArea: "disability",
    phase: "innovation",
    model: null,
    innovationType: "service",
    novelty: "adapted",
    technology: "Spiserobotter og drikkehjælpemidler",
    results: [
      result(
        "quality",
        "Øget kendskab og efterspørgsel fra plejepersonale og ergoterapeuter",
        "Projektrapport, KOMTEK",
      ),
    ],
    lessons: "Robotterne er meget forskellige og kræver forskellige kompetencer: vælg ud fra borgerens funktionsevne.",
    conditions: "Ergoterapeuter, der kan afprøve og tilpasse robotten til den enkelte borger.",
    adoptedBy: ["0751"],
    methods: ["method:living-lab"],
  },
  C07: {
    summary:
      "Et digitalt værktøj til viden og beslutningsstøtte i demensplejen, udviklet med personalet og en " +
      "videninstitution.",
    status: "pilot",
    careArea: "dementia",
    phase: "innovation",
    model: "udbudsfri_opi",
    innovationType: "service",
    novelty: "first",
    technology: "Software til viden- og beslutningsstøtte",
    results: [
      result(
        "employee_satisfaction",
        "Personalets erfaringer blev samlet og kvalificeret fagligt",
        "VIA University College",
      ),
    ],
    lessons: "Videninstitutionen gav personalets input et fagligt fundament (Kitwoods personcentrerede omsorg).",
    conditions: "Tid til at medarbejderne kan bidrage til udviklingen.",
    adoptedBy: ["0707"],
    methods: ["method:open-innovation"],
  },
  C09: {
    summary: "SMOOTH udviklede en modulær servicerobot, der kan køre vasketøj, affald og drikkevarer på plejecentret.",
    status: "pilot",
    careArea: "nursing_home",
    phase: "innovation",
    model: "udbudsfri_opi",
    innovationType: "service",
    novelty: "first",
    technology: "Modulær servicerobot",
    results: [
      result("employee_satisfaction", "Tre brugerscenarier udviklet med personalet", "SDU, projektbeskrivelse"),
    ],
    lessons: "Robotten skal passe ind i plejecentrets rutiner; brugerscenarierne blev udviklet sammen med personalet.",
    conditions:
      "Finansiering fra Innovationsfonden og en kommune, der stiller et plejecenter til rådighed som testsite.",
    adoptedBy: ["0259"],
    methods: ["method:living-lab", "method:alliances"],
  },
  C10: {
    summary: "Sensorer på elforbruget gav ældre og pårørende tryghed uden kameraer.",
    status: "pilot",
    careArea: "prevention",
    phase: "innovation",
    model: "udbudsfri_opi",
    innovationType: "service",
    novelty: "first",
    technology: "Overvågning af elforbrug og bevægelsessensorer med besked til pårørende",
    results: [result("citizen_involvement", "Øget tryghed hos de ældre og deres pårørende", "Projektevaluering 2016")],
    lessons:
      "Deltagerne oplevede det ikke som overvågning – men balancen er hårfin, så samtykke og åbenhed er afgørende.",
    conditions: "Klar samtykketekst og aftale om, hvem der reagerer på en besked.",
    adoptedBy: [],
    methods: ["method:social-innovation"],
  },
  C14: {
    summary: "Telemedicin til borgere med KOL i hele Nordjylland blev grundlaget for national udbredelse.",
    status: "scaled",
    careArea: "health_care",
    phase: "implementation",
    model: "strategic_partnership",
    innovationType: "service",
    novelty: "first",
    technology: "Tablet, blodtryksmåler, pulsoximeter og vægt med fælles database",
    results: [
      result(
        "quality",
        "6 af 10 fik øget kontrol med deres sygdom; over 7 af 10 øget tryghed",
        "Evaluering, Aalborg Universitet",
      ),
      result(
        "efficiency",
        "Besparelse omkring 7.000 kr. pr. patient om året ved svær KOL",
        "National business case, PA Consulting",
      ),
    ],
    lessons: "Gevinsten afhænger af målgruppen: for alle KOL-patienter blev det en meromkostning.",
    conditions:
      "Region, kommuner og almen praksis i samme organisering, og uddannelse af ca. 2.700 sundhedsprofessionelle.",
    adoptedBy: ["0773", "0787", "0810", "0813", "0820", "0825", "0840", "0846", "0849", "0851", "0860"],
    methods: ["method:alliances", "method:business-case"],
  },
  C15: {
    summary: "Viborg omlagde hvert ottende fysiske besøg i hjemmeplejen til et skærmbesøg.",
    status: "scaled",
    careArea: "home_care",
    phase: "implementation",
    model: null,
    innovationType: "process",
    novelty: "adapted",
    technology: "Videosamtale",
    results: [result("efficiency", "12 % af de fysiske besøg er omlagt til skærmbesøg", "KL, februar 2022")],
    lessons: "Skærmbesøg egner sig til påmindelser og samtaler, ikke til personlig pleje.",
    conditions: "Planlægning, der gør skærmbesøg til en fast del af ruten.",
    adoptedBy: ["0791"],
    methods: ["method:business-case"],
  },
  C22: {
    summary: "Trykfølsomme gulve med faldalarm på et nyt plejehjem sparede nattevagter og var tjent hjem på få år.",
    status: "implemented",
    careArea: "nursing_home",
    phase: "implementation",
    model: "strategic_partnership",
    innovationType: "organisation",
    novelty: "first",
    technology: "Trykfølsomme gulve med faldalarm, vasketoiletter, trivselsskærme",
    results: [
      result(
        "efficiency",
        "Omkring 1 mio. kr. om året; investeringen tilbagebetalt over 3,3 år",
        "Sekundær kilde med henvisning til Aalborg Kommune",
      ),
    ],
    lessons: "Velfærdsteknologi, der tænkes ind i byggeriet fra start, er billigere end at eftermontere.",
    conditions: "Bygherre, kommune og leverandører samarbejder allerede i projekteringen.",
    adoptedBy: ["0851"],
    methods: ["method:living-lab"],
  },
  C24: {
    summary: "Elektroniske låse i hjemmeplejen erstattede nøgleboksen og sparede tid til nøglehåndtering.",
    status: "scaled",
    careArea: "home_care",
    phase: "implementation",
    model: null,
    innovationType: "process",
    novelty: "first",
    technology: "Elektronisk dørlås og nøglesystem",
    results: [result("efficiency", "Mindre tid til at hente og aflevere nøgler", "Business case, Rambøll 2011")],
    lessons: "Seks kommuner afprøvede sammen, så erfaringerne kunne sammenlignes.",
    conditions: "Aftale med borgerne om adgang og en procedure, når låsen svigter.",
    adoptedBy: ["0751", "0621", "0101", "0461", "0169", "0147"],
    methods: ["method:alliances"],
  },
  C33: {
    summary:
      "Medarbejdere på tre botilbud lavede 360-graders film, så beboerne kunne forberede sig på nye situationer.",
    status: "pilot",
    careArea: "psychiatry",
    phase: "innovation",
    model: null,
    innovationType: "service",
    novelty: "first",
    technology: "Virtual reality med 360-graders film",
    results: [result("citizen_involvement", "Beboerne kan se et sted, før de skal derhen", "Fremfærd")],
    lessons: "Når medarbejderne selv laver filmene, passer de til beboernes hverdag.",
    conditions: "Udstyr og tid til at medarbejderne kan lære at filme og redigere.",
    adoptedBy: ["0219"],
    methods: ["method:social-innovation"],
  },
};
