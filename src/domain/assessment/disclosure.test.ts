import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDisclosure } from "./disclosure.js";

const MINIMUM = 3;

/** Rank of a set of vectors (Gaussian elimination; the figures are small, so a tolerance suffices). */
function rank(vectors: number[][]): number {
  const rows = vectors.map((vector) => [...vector]);
  let found = 0;
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width && found < rows.length; column += 1) {
    let pivot = found;
    for (let row = found + 1; row < rows.length; row += 1) {
      if (Math.abs(rows[row][column]) > Math.abs(rows[pivot][column])) {
        pivot = row;
      }
    }
    if (Math.abs(rows[pivot][column]) < 1e-9) {
      continue;
    }
    [rows[found], rows[pivot]] = [rows[pivot], rows[found]];
    for (let row = 0; row < rows.length; row += 1) {
      if (row !== found) {
        const factor = rows[row][column] / rows[found][column];
        rows[row] = rows[row].map((value, index) => value - factor * rows[found][index]);
      }
    }
    found += 1;
  }
  return found;
}

/**
 * The shown figures as linear functions of the groups' answer sums: a shown group's mean
 * (sum / count), and the overall (the mean of the groups' means).
 */
function shownFigures(counts: number[], withheld: Set<number>, isOverallShown: boolean): number[][] {
  const present = counts.map((count, index) => ({ count, index })).filter(({ count }) => count > 0);
  const unit = (index: number, value: number) => counts.map((_, at) => (at === index ? value : 0));
  const figures = present.filter(({ index }) => !withheld.has(index)).map(({ index, count }) => unit(index, 1 / count));
  if (isOverallShown && present.length > 0) {
    figures.push(counts.map((count) => (count > 0 ? 1 / (present.length * count) : 0)));
  }
  return figures;
}

function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]).slice(1);
}

/** No figure about fewer than MINIMUM people can be derived from what is shown. */
function assertNothingDerivable(counts: number[], alreadyWithheld: number[] = []): void {
  const groups = Object.fromEntries(counts.map((count, index) => [`g${index}`, count]));
  const plan = planDisclosure(
    groups,
    MINIMUM,
    alreadyWithheld.map((index) => `g${index}`),
  );
  alreadyWithheld.forEach((index) => {
    if (counts[index] > 0) {
      expect(plan.withheld).toContain(`g${index}`);
    }
  });
  const withheld = new Set(plan.withheld.map((key) => Number(key.slice(1))));
  const shown = shownFigures(counts, withheld, plan.isOverallShown);
  const base = rank(shown);
  // Every shown group rests on at least MINIMUM people, and so does the overall.
  counts.forEach((count, index) => {
    if (count > 0 && !withheld.has(index)) {
      expect(count).toBeGreaterThanOrEqual(MINIMUM);
    }
  });
  if (plan.isOverallShown) {
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(MINIMUM);
  }
  // Any set of withheld groups with fewer than MINIMUM people: no combination of their sums is derivable,
  // i.e. the span of the shown figures meets the span of those groups only in zero.
  for (const subset of subsets([...withheld].filter((index) => counts[index] > 0))) {
    if (subset.reduce((sum, index) => sum + counts[index], 0) >= MINIMUM) {
      continue;
    }
    const units = subset.map((index) => counts.map((_, at) => (at === index ? 1 : 0)));
    expect(rank([...shown, ...units]), `counts ${counts.join(",")}: groups ${subset.join(",")}`).toBe(
      base + subset.length,
    );
  }
}

describe("planDisclosure", () => {
  it.each([
    [
      { staff: 1, managers: 3 },
      { withheld: ["staff", "managers"], isOverallShown: true },
    ],
    [{ staff: 1 }, { withheld: ["staff"], isOverallShown: false }],
    [
      { staff: 2, managers: 3, board: 5 },
      { withheld: ["staff", "managers"], isOverallShown: true },
    ],
    [
      { staff: 1, managers: 2, board: 5 },
      { withheld: ["staff", "managers"], isOverallShown: true },
    ],
    [
      { staff: 3, managers: 4 },
      { withheld: [], isOverallShown: true },
    ],
    [
      { staff: 0, managers: 4 },
      { withheld: [], isOverallShown: true },
    ],
  ])("%j → %j", (counts, expected) => {
    expect(planDisclosure(counts, MINIMUM)).toEqual(expected);
  });

  it("lets no withheld group (or set of them) be derived from shown figures: ≤ 4 groups of 0–6 each", () => {
    for (let code = 0; code < 7 ** 4; code += 1) {
      const counts = [0, 1, 2, 3].map((place) => Math.floor(code / 7 ** place) % 7);
      assertNothingDerivable(counts);
    }
  });

  it.each([
    // Five withheld people cannot be told apart by subtraction: the managers stay shown.
    [{ staff: 5, managers: 4 }, ["staff"], { withheld: ["staff"], isOverallShown: true }],
    [{ staff: 2, managers: 4 }, ["staff"], { withheld: ["staff", "managers"], isOverallShown: true }],
    [{ staff: 5, managers: 4, board: 3 }, ["staff"], { withheld: ["staff"], isOverallShown: true }],
    [{ staff: 1, managers: 4, board: 3 }, ["managers"], { withheld: ["staff", "managers"], isOverallShown: true }],
    [{ staff: 0, managers: 4 }, ["staff"], { withheld: [], isOverallShown: true }],
  ])("%j with %j already withheld → %j", (counts, alreadyWithheld, expected) => {
    expect(planDisclosure(counts, MINIMUM, alreadyWithheld)).toEqual(expected);
  });

  it("holds with groups already withheld (a dimension or question of an assessment with withheld groups)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
        (counts, forced) => {
          assertNothingDerivable(
            counts,
            forced.filter((index) => index < counts.length),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("holds for random group sizes too (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 }), (counts) => {
        assertNothingDerivable(counts);
      }),
      { numRuns: 500 },
    );
  });
});
