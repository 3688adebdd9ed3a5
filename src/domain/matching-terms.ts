import { MUNICIPALITIES, REGIONS } from "./geography.js";

/*
 * Which word stems count as text evidence for matching: the stems that say nothing about what a need or
 * partner is about (generic welfare words, stop stems, place names, care settings) are left out
 * (isInformativeTerm).
 */

/**
 * Danish stems so common in welfare texts that sharing them says nothing about fit
 * ("borger", "medarbejder", "kan", "tid"). They are left out of the text evidence.
 */
const GENERIC_TERMS = new Set([
  "borg",
  "medarbejd",
  "personal",
  "kan",
  "klar",
  "mer",
  "nye",
  "ny",
  "tid",
  "giv",
  "brug",
  "bruge",
  "løsning",
  "behov",
  "hjælp",
  "hjem",
  "eget",
  "egen",
  "gør",
  "får",
  "del",
  "god",
  "flere",
  "mang",
  "stor",
  "vil",
  "skal",
  "kommun",
  "arbejd",
  "dag",
  "år",
  "via",
  // Words of any project text: that two texts both speak of a project, a unit or care says nothing.
  "projek",
  "enhed",
  "plej",
  "servic",
  "bedr",
  "ogs",
  "and",
  "mindr",
  "samm",
  "ved",
  "uden",
  "led",
  // Words of any welfare-technology text: that both speak of technology, a system, a product, a function, a
  // centre, persons, resources, a plan or a message says nothing of what ("beslutningsstøttesystem" and
  // "alarmsystem" share "system"; "plejecenter" and "videnscenter" share "center").
  "teknologi",
  "velfærd",
  "system",
  "produk",
  "funktion",
  "cent",
  "centr",
  "person",
  "ressourc",
  "besked",
  "plan",
  "program",
  "automatisk",
  "elektronisk",
  "støt",
  "tung",
  "oplev",
  "døgn",
]);

/**
 * Care settings, the people in them and the target group in general say where and for whom, not what
 * (like place names): "hjemmeplejen" in a need and in a company's text says both work in home care, which the
 * care-area part already scores. As text they let any home-care company outrank one that does what is asked.
 */
export const SETTING_TERMS: ReadonlySet<string> = new Set([
  "hjemmeplej",
  "hjemmehjælp",
  "hjemmebo",
  "plejehjem",
  "plejecent",
  "plejecentr",
  "plejebo",
  "bol",
  "botilbud",
  "bosted",
  "hospital",
  "sygehus",
  "patient",
  "bebo",
  "ældr",
  "handicap",
  "sygeplejersk",
  "plejepersonal",
]);

/**
 * Stems that carry no meaning of their own: the stemmer cuts common verbs, adverbs and pronouns
 * down to short pieces ("føre"/"før" → "før", "viden"/"videre" → "vid", "andre" → "andr",
 * "færre"/"færdig" → "fær", "tage" → "tag", "køre" → "kør") that two texts share by accident.
 */
export const STOP_STEMS: ReadonlySet<string> = new Set([
  "før",
  "vid",
  "andr",
  "fær",
  "tag",
  "kør",
  "mellem",
  "blandt",
  "omkring",
  "både",
  "samt",
  "hel",
  "hvert",
  "enkelt",
  "først",
  "sidst",
  "lang",
  "gang",
  "ting",
  "sæt",
  "stil",
  "sid",
  "kom",
  "gå",
  "går",
  "set",
  "ses",
  "hold",
  "fler",
  "flest",
  "mest",
  "meget",
  "særlig",
  "mulig",
  "muligh",
  "ofte",
  "altid",
  "aldr",
  "stadig",
  "allered",
  "fx",
  "osv",
  "etc",
  "danmark",
  "region",
  // Adverbs, conjunctions and pronouns the Danish stop list leaves in ("ofte" → "oft", "både" → "båd").
  "oft",
  "båd",
  "især",
  "derfor",
  "gennem",
  "hvordan",
  "hvornår",
  "hvilk",
  "kun",
  "nok",
  "lidt",
  "end",
  "men",
  "var",
  "haft",
  "hed",
  "sam",
  // Verbs of any project's aim: that both texts want to develop, create, reduce or increase says nothing of what.
  "udvikl",
  "skab",
  "mindsk",
  "øge",
  "øg",
  "øger",
  "øget",
  "forbedr",
  "find",
  "kræv",
  "lig",
  "betyd",
  "virksom",
  "mennesk",
  "national",
  "frigør",
  "frigjort",
  // "intelligente" (a selling word) and "intelligens" both stem to or split into "intel"; they share nothing.
  "intel",
  "intelligent",
]);

/**
 * Place names say where, not what: a need from Aarhus and a company in Aarhus share the word but
 * not the subject (where counts in the region part). The words of the municipality and region
 * names, each also without a Danish ending as the stemmer cuts it ("odense" → "odens"); four
 * letters at least, so "vejen" → "vej" (road) and "høje" → "høj" (high) stay words.
 */
const PLACE_ENDINGS = ["erne", "ene", "ens", "ere", "er", "en", "es", "et", "e", "s"];

/** Place words that are also everyday stems ("Ikast-Brande" → "brand", fire). */
const PLACE_STEMS_KEPT = new Set(["brand", "skiv", "grev"]);

function placeStems(names: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const word of names.flatMap((name) => name.toLowerCase().split(/[^\p{L}]+/u))) {
    const variants = [
      word,
      ...PLACE_ENDINGS.filter((ending) => word.endsWith(ending)).map((e) => word.slice(0, -e.length)),
    ];
    for (const variant of variants) {
      if (variant.length >= 4 && variant !== "region" && !PLACE_STEMS_KEPT.has(variant)) {
        stems.add(variant);
      }
    }
  }
  return stems;
}

/**
 * The parts of the country and their adjectives, and the points of the compass they are named by
 * ("nordjyske kommuner", "Hjælpemiddelhuset Nord"): where, not what, like the municipality names.
 */
const LANDSCAPE_NAMES = [
  "Jylland",
  "Fyn",
  "Sjælland",
  "Bornholm",
  "Lolland",
  "Falster",
  "jysk",
  "jyske",
  "nordjysk",
  "midtjysk",
  "vestjysk",
  "østjysk",
  "sydjysk",
  "sønderjysk",
  "fynsk",
  "sjællandsk",
  "nordsjællandsk",
  "bornholmsk",
  "københavnsk",
  "hovedstad",
  "hovedstaden",
  "nord",
  "vest",
];

/** Place words shorter than the four letters placeStems keeps. */
const SHORT_PLACE_STEMS = ["syd", "øst", "fyn"];

export const PLACE_STEMS: ReadonlySet<string> = new Set([
  ...placeStems([
    ...MUNICIPALITIES.map((municipality) => municipality.name),
    ...REGIONS.map((region) => region.name),
    ...LANDSCAPE_NAMES,
  ]),
  ...SHORT_PLACE_STEMS,
]);

export function isInformativeTerm(term: string): boolean {
  return (
    term.length > 2 &&
    !GENERIC_TERMS.has(term) &&
    !STOP_STEMS.has(term) &&
    !PLACE_STEMS.has(term) &&
    !SETTING_TERMS.has(term)
  );
}
