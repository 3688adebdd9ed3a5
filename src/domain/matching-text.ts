import { MIN_PART_LENGTH } from "./text/compounds.js";
import { relationsOf, type Relation, type Thesaurus } from "./text/thesaurus.js";

/**
 * The text part of a match: which of the need's word stems a partner's text shares, each weighted
 * by how rare it is among the organisations (IDF), words related through the thesaurus at a lower
 * weight, and words found only in the partner's industry-code titles at a lower weight still
 * (a code title says what a trade does in general, the description what this company does).
 */

/** A thesaurus relation counts this share of a direct hit on the same word. */
export const RELATED_TERM_WEIGHT = 0.5;
/** A word found only in the partner's industry-code titles counts this share of one in its own text. */
export const CODE_TITLE_WEIGHT = 0.25;
/** Sharing this many of the need's words of average rarity gives the full text points. */
export const TERMS_FOR_FULL_TEXT = 4;
/** Most words shown as the reason for the text points. */
export const TEXT_REASONS = 8;

export interface TextOptions {
  /** Weight shared words by rarity; off: every word a partner could share counts 1. */
  idf: boolean;
  /** Let thesaurus relations count. */
  thesaurus: boolean;
  /** Count a word only in industry-code titles below the partner's own text; off: the same. */
  codeTitlesDiscounted: boolean;
}

export const DEFAULT_TEXT_OPTIONS: TextOptions = { idf: true, thesaurus: true, codeTitlesDiscounted: true };

/** How many partner organisations there are, and how many of them have each stem in their text. */
export interface Corpus {
  size: number;
  frequency: ReadonlyMap<string, number>;
}

/**
 * Smoothed inverse document frequency, ln(1 + N/df): a word every organisation has still counts
 * a little (ln 2), a word one in 20,000 has counts about 14 times as much. A word nobody has counts 0.
 */
export function inverseFrequency(corpus: Corpus, stem: string): number {
  const documents = corpus.frequency.get(stem) ?? 0;
  return documents === 0 || corpus.size === 0 ? 0 : Math.log(1 + corpus.size / documents);
}

interface WeightedRelation extends Relation {
  weight: number;
}

/** What one need's text makes each word worth; computed once per need, used for every partner. */
export interface TextPlan {
  terms: { stem: string; weight: number }[];
  relations: WeightedRelation[];
  /** The evidence weight that gives the full text points. */
  target: number;
  /** How many need words (or phrases) some partner could meet; 0: too little text to match on. */
  reachable: number;
  /** Every stem a partner could share: the need's own and its related words' (for retrieval). */
  queryStems: string[];
  /** The need's word as written, by stem, for the reasons. */
  words: ReadonlyMap<string, string>;
}

export function planText(
  needTerms: readonly string[],
  corpus: Corpus,
  thesaurus: Thesaurus,
  options: TextOptions,
  words: ReadonlyMap<string, string> = new Map(),
): TextPlan {
  const weigh = (stem: string) => {
    const idf = inverseFrequency(corpus, stem);
    return options.idf || idf === 0 ? idf : 1;
  };
  const terms = [...new Set(needTerms)].map((stem) => ({ stem, weight: weigh(stem) }));
  const relations = options.thesaurus
    ? relationsOf(new Set(needTerms), thesaurus)
        // A phrase is as rare as its commonest word: all of them must be there.
        .map((relation) => ({ ...relation, weight: RELATED_TERM_WEIGHT * Math.min(...relation.to.stems.map(weigh)) }))
        .filter((relation) => relation.weight > 0)
    : [];
  // What each need word (or phrase) could earn at best: directly, or through its best relation.
  const potential = new Map<string, number>();
  for (const term of terms) {
    potential.set(term.stem, term.weight);
  }
  for (const relation of relations) {
    const key = relation.from.stems.join(" ");
    const direct = Math.max(0, ...relation.from.stems.map((stem) => potential.get(stem) ?? 0));
    if (direct === 0) {
      potential.set(key, Math.max(potential.get(key) ?? 0, relation.weight));
    }
  }
  const reachable = [...potential.values()].filter((value) => value > 0);
  const average = reachable.length === 0 ? 0 : reachable.reduce((sum, value) => sum + value, 0) / reachable.length;
  return {
    terms: terms.filter((term) => term.weight > 0),
    relations,
    target: Math.min(TERMS_FOR_FULL_TEXT, reachable.length) * average,
    reachable: reachable.length,
    queryStems: [...new Set([...terms.map((term) => term.stem), ...relations.flatMap((r) => r.to.stems)])].sort(),
    words,
  };
}

/** The stems a partner shares with the query: from its own text, and from its industry-code titles only. */
export interface PartnerText {
  own: ReadonlySet<string>;
  codeTitles: ReadonlySet<string>;
}

/** One shared word as a person can check it: the need's word and the partner's stem it met, and how. */
export interface WordHit {
  /** The need's word as written (or the thesaurus word the need used). */
  need: string;
  /** The partner's stems that met it; the service looks up how the partner wrote them. */
  partnerStems: string[];
  via: "same" | "related" | "codeTitle";
}

export interface TextMatch {
  /** 0–1 of the text points. */
  share: number;
  /** The evidence weight found: the secondary score for ties. */
  mass: number;
  /**
   * The words that mattered, most first: «robot», «genoptræning ~ rehabilitering»,
   * «rengøring (branchekode)».
   */
  detail: string[];
  /** The same words as `detail`, in its order, with the partner's stems. */
  hits: WordHit[];
}

/**
 * A need word that is part of a longer need word the partner shares as well (a compound's part beside the
 * whole compound: "miljø" in "arbejdsmiljø", "robot" in "servicerobot"): the whole already counts, so the
 * part is no second piece of evidence. A part shared on its own ("robot" without "servicerobot") counts.
 */
function isPartOfShared(stem: string, terms: readonly { stem: string }[], partner: PartnerText): boolean {
  return terms.some(
    (other) =>
      isCompoundPart(stem, other.stem) &&
      (partner.own.has(stem) || partner.codeTitles.has(stem)) &&
      // A whole in the code titles only does not stand for a part in the partner's own text.
      (partner.own.has(other.stem) || (partner.codeTitles.has(other.stem) && !partner.own.has(stem))),
  );
}

/**
 * A compound's first or last part, beside a rest that could be a word itself ("miljø" in "arbejdsmiljø");
 * not a word that merely occurs inside another ("ældr" in "forældr", "sport" in "transport").
 */
function isCompoundPart(part: string, whole: string): boolean {
  const rest = whole.length - part.length;
  return rest >= MIN_PART_LENGTH && (whole.startsWith(part) || whole.endsWith(part));
}

export function matchText(plan: TextPlan, partner: PartnerText, options: TextOptions): TextMatch {
  const hits: { label: string; weight: number; hit: WordHit }[] = [];
  const word = (stem: string) => plan.words.get(stem) ?? stem;
  const direct = new Set<string>();
  for (const term of plan.terms) {
    if (isPartOfShared(term.stem, plan.terms, partner)) {
      // Counted once, as the whole compound: "arbejdsmiljø" shared says "miljø" again.
      direct.add(term.stem);
      continue;
    }
    if (partner.own.has(term.stem)) {
      direct.add(term.stem);
      hits.push({
        label: word(term.stem),
        weight: term.weight,
        hit: { need: word(term.stem), partnerStems: [term.stem], via: "same" },
      });
    } else if (partner.codeTitles.has(term.stem)) {
      const factor = options.codeTitlesDiscounted ? CODE_TITLE_WEIGHT : 1;
      hits.push({
        label: `${word(term.stem)} (branchekode)`,
        weight: term.weight * factor,
        hit: { need: word(term.stem), partnerStems: [term.stem], via: "codeTitle" },
      });
    }
  }
  // One relation per need word or phrase, the best, and none where the word itself was met.
  const best = new Map<string, { label: string; weight: number; hit: WordHit }>();
  for (const relation of plan.relations) {
    const key = relation.from.stems.join(" ");
    const met = relation.from.stems.every((stem) => direct.has(stem));
    const found = relation.to.stems.every((stem) => partner.own.has(stem));
    if (!met && found && relation.weight > (best.get(key)?.weight ?? 0)) {
      best.set(key, {
        label: `${relation.from.word} ~ ${relation.to.word}`,
        weight: relation.weight,
        hit: { need: relation.from.word, partnerStems: relation.to.stems, via: "related" },
      });
    }
  }
  hits.push(...best.values());
  hits.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label, "da"));
  const mass = hits.reduce((sum, hit) => sum + hit.weight, 0);
  return {
    share: plan.target > 0 ? Math.min(1, mass / plan.target) : 0,
    mass,
    detail: hits.slice(0, TEXT_REASONS).map((hit) => hit.label),
    hits: hits.slice(0, TEXT_REASONS).map((hit) => hit.hit),
  };
}
