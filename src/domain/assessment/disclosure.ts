/**
 * Which group figures may be shown so that no withheld group can be worked out by subtraction.
 * The overall score combines every group's score; with one small group withheld and the rest shown,
 * «overall minus the shown groups» is the small group. So: while the withheld groups together rest on
 * fewer than `minimum` people, the smallest shown group is withheld too; and the overall is shown only
 * when at least `minimum` people answered in all (with one respondent, the overall *is* that person).
 * `alreadyWithheld`: groups withheld whatever their count here (a group withheld in the assessment as a
 * whole stays withheld in each dimension and question, where the same rule is applied to its answers).
 */
export interface Disclosure {
  /** Groups whose own figures are not shown, in the order given. */
  withheld: string[];
  isOverallShown: boolean;
}

export function planDisclosure(
  counts: Readonly<Record<string, number>>,
  minimum: number,
  alreadyWithheld: readonly string[] = [],
): Disclosure {
  const present = Object.entries(counts).filter(([, count]) => count > 0);
  const total = present.reduce((sum, [, count]) => sum + count, 0);
  if (total < minimum) {
    return { withheld: present.map(([group]) => group), isOverallShown: false };
  }
  const hidden = new Set(
    present.filter(([group, count]) => count < minimum || alreadyWithheld.includes(group)).map(([group]) => group),
  );
  let hiddenCount = present.filter(([group]) => hidden.has(group)).reduce((sum, [, count]) => sum + count, 0);
  const shownSmallestFirst = present.filter(([group]) => !hidden.has(group)).sort((a, b) => a[1] - b[1]);
  for (const [group, count] of shownSmallestFirst) {
    if (hidden.size === 0 || hiddenCount >= minimum) {
      break;
    }
    hidden.add(group);
    hiddenCount += count;
  }
  return { withheld: present.map(([group]) => group).filter((group) => hidden.has(group)), isOverallShown: true };
}
