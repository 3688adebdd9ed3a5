/**
 * Fits the default matching weights (DEFAULT_MATCHING_WEIGHTS) on the labelled set (bench/matching-labels.ts)
 * by coordinate search, and reports how the fitted weights do on cases they were not fitted on
 * (leave-one-out cross-validation). Method and figures: docs/decisions/0017-matching-weights-fitted.md.
 *
 * Every partner with any evidence is scored once per case (the demo catalogue is small enough), and each
 * part's share (points / most points) is kept; a weight vector then re-scores them in memory as
 * scoreCandidate does: the points earned over the points the need makes possible for that partner.
 * Run with `npm run bench:matching-fit` (a minute or two on PGlite).
 */
import path from "node:path";
import { DEFAULT_MATCHING_WEIGHTS, type MatchingWeights, type ScorePartKey } from "../src/domain/matching.js";
import { summarise, type RankingFigures } from "../src/domain/matching-metrics.js";
import { migrateToLatest, openDatabase } from "../src/server/db/database.js";
import { rankPartners } from "../src/server/modules/matching/matching.service.js";
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
  textMass: number;
  /** Per part that applies to this partner for this need: the share of its points earned (0–1). */
  shares: Partial<Record<ScorePartKey, number>>;
}

interface Case {
  caseId: string;
  candidates: Candidate[];
  relevant: ReadonlySet<string>;
}

function rank(candidates: Candidate[], weights: MatchingWeights): string[] {
  const scored = candidates.map((candidate) => {
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

async function collectCases(): Promise<Case[]> {
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
      const ranked = await rankPartners(database.db, actor, needIds.get(label.caseId) as string, 1000);
      cases.push({
        caseId: label.caseId,
        relevant: new Set(label.relevant),
        candidates: ranked.map((item) => ({
          id: item.organisationId,
          name: item.name,
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
  const held: { ranked: string[]; relevant: ReadonlySet<string> }[] = [];
  const baseline: { ranked: string[]; relevant: ReadonlySet<string> }[] = [];
  const fitted: MatchingWeights[] = [];
  for (const [index, item] of cases.entries()) {
    const weights = fitWeights(
      cases.filter((_, other) => other !== index),
      start,
    );
    fitted.push(weights);
    held.push({ ranked: rank(item.candidates, weights), relevant: item.relevant });
    baseline.push({ ranked: rank(item.candidates, start), relevant: item.relevant });
  }
  return { heldOut: summarise(held), baseline: summarise(baseline), fitted };
}

export async function runMatchingFit(): Promise<string> {
  const cases = await collectCases();
  const start = DEFAULT_MATCHING_WEIGHTS;
  const all = fitWeights(cases, start);
  const cv = crossValidate(cases, start);
  const spread = KEYS.map((key) => {
    const values = cv.fitted.map((weights) => weights[key]);
    return `${key} ${Math.min(...values)}–${Math.max(...values)}`;
  }).join(", ");
  return [
    `Matching weights fitted on ${cases.length} labelled cases (coordinate search over ${GRID.join("/")}, ` +
      `objective nDCG@10, a change kept only above +${MIN_GAIN})`,
    `  current defaults: ${describe(start)}`,
    `  fitted on all cases: ${describe(all)}`,
    `  weights fitted in the ${cases.length} leave-one-out folds ranged: ${spread}`,
    "Leave-one-out (each case ranked with weights fitted on the other cases):",
    line("  current defaults, held-out", cv.baseline),
    line("  fitted weights, held-out", cv.heldOut),
    line("  fitted on all, on the same cases", evaluate(cases, all)),
    "  (the last line is training fit, not a result: judge by the held-out lines)",
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
