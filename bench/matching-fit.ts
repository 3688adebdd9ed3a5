/**
 * Fits the default matching weights (DEFAULT_MATCHING_WEIGHTS) on the labelled set (bench/matching-labels.ts)
 * by coordinate search, and reports how the fitted weights do on cases they were not fitted on
 * (leave-one-out cross-validation). Method and figures: docs/decisions/0017-matching-weights-fitted.md.
 *
 * Every partner with any evidence is scored once per case (the demo catalogue is small enough), and each
 * part's share (points / most points) is kept; a weight vector then re-scores them in memory as
 * scoreCandidate does: the points earned over the points the need makes possible for that partner.
 * Run with `npm run bench:matching-fit` (a minute or two on PGlite); it fits on the real solvers (`relevant`) and
 * reports the plausible partners beside; `BENCH_FIT_LABELS=plausible` fits on the plausible partners instead.
 */
import path from "node:path";
import { DEFAULT_MATCHING_WEIGHTS, type MatchingWeights, type ScorePartKey } from "../src/domain/matching.js";
import { summarise, type RankingFigures } from "../src/domain/matching-metrics.js";
import { migrateToLatest, openDatabase } from "../src/server/db/database.js";
import {
  DEFAULT_MATCHING_OPTIONS,
  rankPartners,
  type MatchingOptions,
} from "../src/server/modules/matching/matching.service.js";
import { loadDemoData } from "../src/server/seed/demo.js";
import { loadReferenceData } from "../src/server/seed/reference.js";
import { agentActor, insertLabelledNeeds } from "./matching.js";
import { MATCHING_LABELS } from "./matching-labels.js";

const KEYS: (keyof MatchingWeights)[] = ["competence", "text", "careArea", "region", "sme", "collaboration"];
/** The values each weight may take: coarse on purpose, so the search cannot tune to single cases. */
const GRID = [0, 5, 10, 15, 20, 25, 30, 40, 50];
/** A change is kept only if it raises the training objective by more than this (noise on a small set). */
const MIN_GAIN = 0.005;
const PASSES = 3;

interface Candidate {
  id: string;
  name: string;
  kind: string;
  textMass: number;
  /** Per part that applies to this partner for this need: the share of its points earned (0–1). */
  shares: Partial<Record<ScorePartKey, number>>;
}

interface Case {
  caseId: string;
  candidates: Candidate[];
  /** What the fit reads: the real solvers, or the plausible partners (BENCH_FIT_LABELS=plausible). */
  relevant: ReadonlySet<string>;
  /** The other label set, reported beside. */
  other: ReadonlySet<string>;
}

type Ranked = { ranked: string[]; relevant: ReadonlySet<string> };

function rank(candidates: Candidate[], weights: MatchingWeights, kind?: string): string[] {
  const scored = candidates
    .filter((candidate) => kind === undefined || candidate.kind === kind)
    .map((candidate) => {
      let points = 0;
      let max = 0;
      for (const key of KEYS) {
        const share = candidate.shares[key];
        if (share !== undefined) {
          points += weights[key] * share;
          max += weights[key];
        }
      }
      return { candidate, score: max === 0 ? 0 : Math.round((points / max) * 1000) / 10 };
    });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.candidate.textMass - a.candidate.textMass ||
      (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
  return scored.slice(0, 10).map((item) => item.candidate.name);
}

function evaluate(cases: Case[], weights: MatchingWeights): RankingFigures {
  return summarise(cases.map((item) => ({ ranked: rank(item.candidates, weights), relevant: item.relevant })));
}

/** The same ranking read against the other label set. */
function evaluateOther(cases: Case[], weights: MatchingWeights): RankingFigures {
  return summarise(cases.map((item) => ({ ranked: rank(item.candidates, weights), relevant: item.other })));
}

/** Which label set the fit reads (ADR 0017): the real solvers by default. */
const FIT_ON_PLAUSIBLE = process.env.BENCH_FIT_LABELS === "plausible";

/** What the search maximises: nDCG@10 (rewards every right partner, more the higher it stands). */
const objective = (cases: Case[], weights: MatchingWeights) => evaluate(cases, weights).ndcgAt10;

/** Coordinate search from the current defaults: one weight at a time over the grid, the best kept. */
export function fitWeights(cases: Case[], start: MatchingWeights = DEFAULT_MATCHING_WEIGHTS): MatchingWeights {
  let best = { ...start };
  let bestValue = objective(cases, best);
  for (let pass = 0; pass < PASSES; pass += 1) {
    let changed = false;
    for (const key of KEYS) {
      for (const value of GRID) {
        const trial = { ...best, [key]: value };
        const trialValue = objective(cases, trial);
        if (trialValue > bestValue + MIN_GAIN) {
          best = trial;
          bestValue = trialValue;
          changed = true;
        }
      }
    }
    if (!changed) {
      break;
    }
  }
  return best;
}

/** The knowledge institutions' own list (as rankKnowledgeInstitutions ranks them): figures for KIs only. */
function evaluateKnowledge(cases: Case[], weights: MatchingWeights): RankingFigures {
  const withKi = cases.filter((item) =>
    item.candidates.some(
      (candidate) => candidate.kind === "knowledge_institution" && item.relevant.has(candidate.name),
    ),
  );
  return summarise(
    withKi.map((item) => {
      const names = new Set(
        item.candidates.filter((candidate) => candidate.kind === "knowledge_institution").map((c) => c.name),
      );
      return {
        ranked: rank(item.candidates, weights, "knowledge_institution"),
        relevant: new Set([...item.relevant].filter((name) => names.has(name))),
      };
    }),
  );
}

async function collectCases(options: MatchingOptions = DEFAULT_MATCHING_OPTIONS): Promise<Case[]> {
  const database = await openDatabase({});
  try {
    await migrateToLatest(database.db);
    await loadReferenceData(database.db);
    await loadDemoData(database.db);
    const actor = await agentActor(database.db);
    const needIds = await insertLabelledNeeds(database.db, actor);
    const cases: Case[] = [];
    for (const label of MATCHING_LABELS) {
      // A limit above the catalogue's size: every partner with some evidence.
      const ranked = await rankPartners(database.db, actor, needIds.get(label.caseId) as string, 1000, options);
      cases.push({
        caseId: label.caseId,
        relevant: new Set(FIT_ON_PLAUSIBLE ? label.plausible : label.relevant),
        other: new Set(FIT_ON_PLAUSIBLE ? label.relevant : label.plausible),
        candidates: ranked.map((item) => ({
          id: item.organisationId,
          name: item.name,
          kind: item.kind,
          textMass: item.match.textMass,
          shares: Object.fromEntries(
            item.match.parts.filter((part) => part.max > 0).map((part) => [part.key, part.points / part.max]),
          ),
        })),
      });
    }
    return cases;
  } finally {
    await database.close();
  }
}

const f2 = (value: number) => value.toFixed(2);
const line = (label: string, figures: RankingFigures) =>
  `${label.padEnd(34)} P@5 ${f2(figures.precisionAt5)}  R@10 ${f2(figures.recallAt10)}  ` +
  `MRR ${f2(figures.mrr)}  nDCG@10 ${f2(figures.ndcgAt10)}`;
const describe = (weights: MatchingWeights) => KEYS.map((key) => `${key} ${weights[key]}`).join(", ");

/** Leave-one-out: each case ranked with weights fitted on the others; the figures are over the held-out cases. */
function crossValidate(cases: Case[], start: MatchingWeights) {
  const held: Ranked[] = [];
  const baseline: Ranked[] = [];
  const heldOther: Ranked[] = [];
  const baselineOther: Ranked[] = [];
  const fitted: MatchingWeights[] = [];
  for (const [index, item] of cases.entries()) {
    const weights = fitWeights(
      cases.filter((_, other) => other !== index),
      start,
    );
    fitted.push(weights);
    held.push({ ranked: rank(item.candidates, weights), relevant: item.relevant });
    baseline.push({ ranked: rank(item.candidates, start), relevant: item.relevant });
    heldOther.push({ ranked: rank(item.candidates, weights), relevant: item.other });
    baselineOther.push({ ranked: rank(item.candidates, start), relevant: item.other });
  }
  return {
    heldOut: summarise(held),
    baseline: summarise(baseline),
    heldOutOther: summarise(heldOther),
    baselineOther: summarise(baselineOther),
    fitted,
  };
}

/**
 * One weight refitted on its own, the others at the defaults: each fold picks the weight's grid value by
 * nDCG@10 on the other cases (ties: the value nearer the default, so noise cannot move it).
 */
function crossValidateOne(cases: Case[], start: MatchingWeights, key: keyof MatchingWeights) {
  const held: Ranked[] = [];
  const heldOther: Ranked[] = [];
  const chosen: number[] = [];
  for (const [index, item] of cases.entries()) {
    const others = cases.filter((_, other) => other !== index);
    let best = start[key];
    let bestValue = objective(others, start);
    for (const value of GRID) {
      const trialValue = objective(others, { ...start, [key]: value });
      if (trialValue > bestValue + MIN_GAIN) {
        best = value;
        bestValue = trialValue;
      }
    }
    chosen.push(best);
    held.push({ ranked: rank(item.candidates, { ...start, [key]: best }), relevant: item.relevant });
    heldOther.push({ ranked: rank(item.candidates, { ...start, [key]: best }), relevant: item.other });
  }
  return { heldOut: summarise(held), heldOutOther: summarise(heldOther), chosen };
}

/**
 * A switch (national reach) chosen per fold like a weight: on or off, whichever ranks the other cases
 * better by more than MIN_GAIN (else the default, on); the held-out case is ranked with the choice.
 */
function crossValidateSwitch(on: Case[], off: Case[], weights: MatchingWeights) {
  const held: Ranked[] = [];
  let offChosen = 0;
  for (const index of on.keys()) {
    const others = (cases: Case[]) => cases.filter((_, other) => other !== index);
    const useOff = objective(others(off), weights) > objective(others(on), weights) + MIN_GAIN;
    offChosen += useOff ? 1 : 0;
    const item = (useOff ? off : on)[index] as Case;
    held.push({ ranked: rank(item.candidates, weights), relevant: item.relevant });
  }
  return { heldOut: summarise(held), offChosen };
}

const mode = (values: number[]) =>
  [...new Set(values)]
    .map((value) => [value, values.filter((other) => other === value).length] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => `${value} (${count}×)`)
    .join(", ");

export async function runMatchingFit(): Promise<string> {
  const cases = await collectCases();
  const fitName = FIT_ON_PLAUSIBLE ? "plausible partners" : "real solvers";
  const otherName = FIT_ON_PLAUSIBLE ? "real solvers" : "plausible partners";
  const start = DEFAULT_MATCHING_WEIGHTS;
  const all = fitWeights(cases, start);
  const cv = crossValidate(cases, start);
  const spread = KEYS.map((key) => {
    const values = cv.fitted.map((weights) => weights[key]);
    return `${key} ${Math.min(...values)}–${Math.max(...values)}`;
  }).join(", ");
  const single = KEYS.map((key) => {
    const result = crossValidateOne(cases, start, key);
    return (
      `${line(`  ${key} alone, held-out`, result.heldOut)}   chosen: ${mode(result.chosen)}\n` +
      line(`    (${otherName})`, result.heldOutOther)
    );
  });
  const withoutReach = await collectCases({ ...DEFAULT_MATCHING_OPTIONS, nationalReach: false });
  const reach = crossValidateSwitch(cases, withoutReach, start);
  return [
    `Matching weights fitted on ${cases.length} labelled cases (coordinate search over ${GRID.join("/")}, ` +
      `objective nDCG@10 on the ${fitName}, a change kept only above +${MIN_GAIN}); ` +
      `each figure on the ${fitName}, with the ${otherName} in brackets below`,
    `  current defaults: ${describe(start)}`,
    `  fitted on all cases: ${describe(all)}`,
    `  weights fitted in the ${cases.length} leave-one-out folds ranged: ${spread}`,
    "Leave-one-out (each case ranked with weights fitted on the other cases):",
    line("  current defaults, held-out", cv.baseline),
    line(`    (${otherName})`, cv.baselineOther),
    line("  fitted weights, held-out", cv.heldOut),
    line(`    (${otherName})`, cv.heldOutOther),
    line("  fitted on all, on the same cases", evaluate(cases, all)),
    "  (the last line is training fit, not a result: judge by the held-out lines)",
    "One weight refitted at a time, the others at the defaults (leave-one-out, grid as above):",
    ...single,
    "National reach (knowledge institutions and clusters without a region part) as a switch, leave-one-out:",
    line("  on (default), in-sample", evaluate(cases, start)),
    line(`    (${otherName})`, evaluateOther(cases, start)),
    line("  off, in-sample", evaluate(withoutReach, start)),
    line(`    (${otherName})`, evaluateOther(withoutReach, start)),
    `${line("  chosen per fold, held-out", reach.heldOut)}   off chosen in ${reach.offChosen} of ${cases.length} folds`,
    "Knowledge institutions' own list (cases with a relevant one), current defaults:",
    line("  national reach on", evaluateKnowledge(cases, start)),
    line("  fitted on all cases", evaluateKnowledge(cases, all)),
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runMatchingFit().then(
    (report) => process.stdout.write(`${report}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
