import type { MethodFacts } from "../../domain/knowledge/entries.js";

/**
 * The knowledge base's methods: the six the programme collects knowledge about (DOMAIN.md step 8) and the
 * OPI collaboration models, written for people who will use them tomorrow. Keys are stable seed keys.
 */
export interface DemoMethod {
  key: string;
  title: string;
  titleEn: string;
  summary: string;
  facts: Omit<MethodFacts, "sources"> & { sources?: string[] };
}

export const DEMO_METHODS: DemoMethod[] = [
  {
    key: "method:open-innovation",
    title: "Åben innovation",
    titleEn: "Open innovation",
    summary: "Hent ideer og løsninger uden for egen organisation – fra virksomheder, borgere og forskere.",
    facts: {
      phase: "idea",
      sides: ["public", "company", "knowledge"],
      whenToUse:
        "Når I har et klart behov, men ikke kender løsningen, og når det er sandsynligt, at nogen uden for huset " +
        "allerede arbejder med noget lignende. Åben innovation passer godt i idéfasen, før I har låst jer fast " +
        "på en bestemt teknologi.",
      steps: [
        "Beskriv behovet, ikke løsningen: hvem har problemet, hvor ofte, og hvad koster det i dag?",
        "Inviter bredt: markedsdialog, åbent opslag, idékonkurrence eller en workshop med borgere og medarbejdere.",
        "Sorter ideerne efter værdi for borgeren, modenhed og hvad det kræver af organisationen.",
        "Vælg få ideer at arbejde videre med, og sig tydeligt til de øvrige, hvorfor de ikke gik videre.",
      ],
      pitfalls: [
        "At invitere til åbenhed og så have besluttet løsningen på forhånd – det opdager deltagerne hurtigt.",
        "At glemme reglerne for ligebehandling: alle virksomheder skal have samme information.",
        "At samle mange ideer uden at afsætte tid og penge til at afprøve nogen af dem.",
      ],
    },
  },
  {
    key: "method:social-innovation",
    title: "Social innovation",
    titleEn: "Social innovation",
    summary: "Nye måder at løse sociale opgaver på, udviklet sammen med dem, det handler om.",
    facts: {
      phase: "idea",
      sides: ["public", "knowledge"],
      whenToUse:
        "Når opgaven handler om relationer, fællesskab eller adfærd mere end om udstyr – fx ensomhed, " +
        "rehabilitering eller pårørendes rolle. Og når borgere, frivillige eller civilsamfundet kan være en " +
        "del af løsningen.",
      steps: [
        "Tal med borgerne og de pårørende, før I taler om løsninger. Observer hverdagen, hvor den foregår.",
        "Saml en bred kreds: medarbejdere, frivillige foreninger, virksomheder og forskere.",
        "Afprøv i lille skala og lad deltagerne være med til at vurdere, om det virker.",
        "Beskriv, hvad der skal til for at det lever videre uden projektpenge.",
      ],
      pitfalls: [
        "At tale om borgerne i stedet for med dem.",
        "At måle alt i kroner: tryghed, værdighed og fællesskab kræver andre mål.",
        "At læne sig på frivillige uden at aftale, hvem der har ansvaret, når de ikke er der.",
      ],
    },
  },
  {
    key: "method:business-case",
    title: "Business cases og incitamenter i den offentlige sektor",
    titleEn: "Business cases and incentives in the public sector",
    summary:
      "Regn på gevinster og omkostninger for både den offentlige part og virksomheden – og på hvem der får gevinsten.",
    facts: {
      phase: "market_maturation",
      sides: ["public", "company"],
      whenToUse:
        "Før en beslutning om at investere, udbrede eller stoppe – og gerne allerede i opstarten, så I ved, hvad " +
        "der skal måles i testen. Brug Samspils business case-modul: den offentlige side og virksomhedens " +
        "side regnes hver for sig.",
      steps: [
        "Fastlæg nul-situationen: hvad koster opgaven i dag i tid, penge og kvalitet?",
        "Skriv gevinsterne ned som hypoteser, der kan måles i testen (fx minutter pr. besøg).",
        "Regn nutidsværdi med Finansministeriets diskonteringsrente, og vis følsomheden for de vigtigste antagelser.",
        "Placer gevinsterne: sparer hjemmeplejen, mens hjælpemiddelbudgettet betaler? Så skal incitamentet aftales.",
      ],
      pitfalls: [
        "At tælle frigjort tid som kontant besparelse uden at beslutte, hvad tiden skal bruges til.",
        "At bruge leverandørens tal uden at teste dem lokalt.",
        "At dele virksomhedens priser og omkostninger uden dens accept – de er fortrolige.",
      ],
    },
  },
  {
    key: "method:csr-innovation",
    title: "CSR-innovation",
    titleEn: "CSR innovation",
    summary: "Virksomhedens samfundsansvar som drivkraft for nye løsninger sammen med det offentlige.",
    facts: {
      phase: "startup",
      sides: ["company", "public"],
      whenToUse:
        "Når en virksomhed vil bidrage til en samfundsopgave ud over en almindelig leverance – fx med " +
        "medarbejdertid, " +
        "data eller udstyr – og når begge parter kan se en langsigtet værdi i samarbejdet.",
      steps: [
        "Afklar, hvad virksomheden vil opnå: læring, omdømme, nye markeder eller medarbejderengagement.",
        "Find den opgave, hvor virksomhedens kompetencer gør en forskel for borgerne.",
        "Aftal rammerne skriftligt: bidrag, ejerskab, kommunikation og hvordan samarbejdet slutter.",
        "Følg op på både den sociale effekt og virksomhedens udbytte.",
      ],
      pitfalls: [
        "At CSR bliver markedsføring uden reel effekt for borgerne.",
        "At give én virksomhed en fordel i et senere udbud – hold CSR-samarbejdet adskilt fra indkøb.",
      ],
    },
  },
  {
    key: "method:living-lab",
    title: "Offentlige living labs",
    titleEn: "Public living labs",
    summary: "Afprøv løsninger i virkelige omgivelser – på plejecentret, i hjemmeplejen, på hospitalet.",
    facts: {
      phase: "innovation",
      sides: ["public", "company", "knowledge"],
      whenToUse:
        "Når en løsning er moden nok til at blive brugt af rigtige borgere og medarbejdere, men I endnu ikke ved, " +
        "om den virker i hverdagen. Et living lab giver data til business casen og til virksomhedens videreudvikling.",
      steps: [
        "Skriv en testplan: hvad testes, hypotesen, hvem deltager, hvor længe og hvad måles.",
        "Indhent samtykke fra borgerne med en klar samtykketekst, og aftal databehandling.",
        "Oplær superbrugere, så medarbejderne ikke står alene med teknologien.",
        "Saml feedback fra borgere, pårørende og medarbejdere undervejs – ikke kun til sidst.",
        "Evaluer mod hypotesen, og beslut: videre, justér eller stop.",
      ],
      pitfalls: [
        "For kort testperiode: nyhedens interesse og begyndervanskeligheder skygger for den reelle effekt.",
        "At teste uden en nul-måling, så effekten ikke kan vises.",
        "At glemme driften: hvem skifter batterier og svarer på alarmer efter testen?",
      ],
    },
  },
  {
    key: "method:alliances",
    title: "Innovationsalliancer og netværk",
    titleEn: "Innovation alliances and networks",
    summary: "Flere kommuner, regioner, virksomheder og vidensinstitutioner om et fælles behov.",
    facts: {
      phase: "startup",
      sides: ["public", "company", "knowledge"],
      whenToUse:
        "Når behovet findes mange steder, og ingen kommune alene kan bære udviklingen, eller når en løsning skal " +
        "udbredes bredt. Netværk deler risikoen og gør markedet stort nok for virksomhederne.",
      steps: [
        "Find partnere med samme behov – fx via Samspils behovsmatch på tværs af kommuner.",
        "Aftal en fælles behovsbeskrivelse og hvem der leder samarbejdet.",
        "Fordel roller: testsites, evaluator, finansiering, kontakt til leverandørerne.",
        "Del resultater og erfaringer åbent, også når noget ikke virkede.",
      ],
      pitfalls: [
        "Beslutninger går i stå, når ingen har mandat til at træffe dem.",
        "For mange partnere i starten – begynd med få, og udvid når konceptet holder.",
      ],
    },
  },
  {
    key: "model:mini-trial",
    title: "Mini-afprøvning",
    titleEn: "Mini trial",
    summary: "En kort, lille afprøvning af en færdig løsning, før der tages stilling til mere.",
    facts: {
      phase: "innovation",
      sides: ["public", "company"],
      whenToUse:
        "Når løsningen findes på markedet, og I vil se den virke hos jer i få uger, før I beslutter et egentligt " +
        "projekt eller indkøb. Omfanget er så lille, at det ikke binder jer til leverandøren.",
      steps: [
        "Aftal formål, varighed (typisk 4–8 uger) og hvad der måles.",
        "Lav en kort aftale om udstyr, data, forsikring og at afprøvningen ikke giver fortrin i et senere udbud.",
        "Gennemfør afprøvningen med få borgere og en fast kontaktperson.",
        "Skriv en kort erfaringsopsamling og del den med leverandøren.",
      ],
      pitfalls: [
        "At mini-afprøvningen glider over i drift uden et indkøb.",
        "At afprøve noget, der ikke kan måles på så kort tid.",
      ],
    },
  },
  {
    key: "model:udbudsfri-opi",
    title: "Udbudsfri OPI",
    titleEn: "OPI without tender",
    summary: "Samarbejde om udvikling, hvor ingen af parterne køber noget af den anden.",
    facts: {
      phase: "startup",
      sides: ["public", "company"],
      whenToUse:
        "Når den offentlige part og virksomheden udvikler sammen, hver betaler sin egen indsats, og der ikke " +
        "er tale om køb af en ydelse. Det er den mest brugte OPI-model i velfærdsteknologi.",
      steps: [
        "Sørg for, at ingen betaler den anden part for ydelser – ellers er det et indkøb.",
        "Giv andre virksomheder mulighed for at byde ind, fx via et åbent opslag, og dokumentér valget.",
        "Skriv en OPI-aftale om IP, fortrolighed, ret til at offentliggøre og hvordan samarbejdet slutter.",
        "Husk, at et senere indkøb af løsningen skal i udbud på almindelige vilkår.",
      ],
      pitfalls: [
        "Skjult betaling: gratis licenser eller løn til virksomhedens folk kan gøre det til et indkøb.",
        "Uklare IP-aftaler, der blokerer for udbredelse til andre kommuner.",
      ],
    },
  },
  {
    key: "model:innovation-partnership",
    title: "Innovationspartnerskab",
    titleEn: "Innovation partnership",
    summary: "Udbudsform, hvor udvikling og senere køb af løsningen aftales i ét forløb.",
    facts: {
      phase: "startup",
      sides: ["public", "company"],
      whenToUse:
        "Når der ikke findes en løsning på markedet, og I på forhånd ved, at I vil købe den, hvis udviklingen " +
        "lykkes. Udbudsloven beskriver proceduren; den kræver juridisk bistand og god tid.",
      steps: [
        "Beskriv behovet og minimumskravene i udbudsmaterialet.",
        "Vælg en eller flere partnere efter kvalifikation og forhandling.",
        "Udvikl i faser med mål, der skal nås, før næste fase betales.",
        "Køb løsningen, når den opfylder de aftalte krav – uden nyt udbud.",
      ],
      pitfalls: [
        "Undervurderet tidsforbrug: procedurens krav tager ofte 6–12 måneder.",
        "For snævre krav, der udelukker nye ideer.",
      ],
    },
  },
  {
    key: "model:strategic-partnership",
    title: "Strategisk partnerskab",
    titleEn: "Strategic partnership",
    summary: "Et længerevarende samarbejde om et tema frem for et enkelt projekt.",
    facts: {
      phase: "implementation",
      sides: ["public", "company", "knowledge"],
      whenToUse:
        "Når parterne vil arbejde sammen over flere år om fx velfærdsteknologi i ældreplejen, og når der er brug " +
        "for løbende udvikling, test og udbredelse frem for et enkelt projekt.",
      steps: [
        "Formulér en fælles vision og de mål, I vil måle partnerskabet på.",
        "Aftal styring: styregruppe, årlig plan, og hvordan nye projekter startes og stoppes.",
        "Sørg for, at konkrete køb stadig følger udbudsreglerne.",
        "Evaluer partnerskabet hvert år, og vær parat til at afslutte det.",
      ],
      pitfalls: [
        "Partnerskabet bliver en samtaleklub uden konkrete resultater.",
        "Andre virksomheder oplever sig lukket ude – vær åben om partnerskabets rammer.",
      ],
    },
  },
];
