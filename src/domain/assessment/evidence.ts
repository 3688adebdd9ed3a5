import type { AssessmentResults } from "./results.js";

const number = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });
const format = (value: number | null): string => (value === null ? "–" : number.format(value));

export interface GapEvidenceInput {
  results: AssessmentResults;
  dimension: string;
  assessmentTitle: string;
  organisationName: string;
  /** When the answers were collected, e.g. "lukket 12. marts 2026" or "åben". */
  when: string;
}

/**
 * The title and description of a need made from a gap, in Danish, citing the evidence: the
 * scores per group, the disagreement, the weakest statements. Free-text answers are counted but
 * never quoted — a need can become a public call, and respondents were promised anonymity.
 */
export function describeGapEvidence(input: GapEvidenceInput): { title: string; description: string } | null {
  const { results } = input;
  const dimension = results.dimensions.find((item) => item.dimension === input.dimension);
  if (!dimension || dimension.overall === null) {
    return null;
  }
  const gap = results.gaps.find((item) => item.dimension === input.dimension);
  const disagreement = results.disagreement.find((item) => item.dimension === input.dimension);
  const groupLabel = (key: string) => results.groups.find((group) => group.key === key)?.label ?? key;
  const responses = results.groups.reduce((sum, group) => sum + group.responses, 0);
  const reasons = (gap?.reasons ?? []).map((reason) =>
    reason === "low_score" ? "lav score" : "uenighed mellem grupperne",
  );
  const lines = [
    `Fra 360°-vurderingen «${input.assessmentTitle}» af ${input.organisationName} (${input.when}, ` +
      `${responses} besvarelser).`,
    "",
    `${dimension.label} fik ${format(dimension.overall)} af 100 samlet.`,
    `Pr. gruppe: ${Object.entries(dimension.groups)
      .map(
        ([group, cell]) => `${groupLabel(group)} ${cell.withheld ? "(for få svar til at vise)" : format(cell.score)}`,
      )
      .join(", ")}.`,
  ];
  if (
    disagreement?.spread !== null &&
    disagreement?.spread !== undefined &&
    disagreement.highest &&
    disagreement.lowest
  ) {
    lines.push(
      `Største uenighed: ${groupLabel(disagreement.highest.group)} ` +
        `${format(disagreement.highest.score)} mod ${groupLabel(disagreement.lowest.group)} ` +
        `${format(disagreement.lowest.score)} (${format(disagreement.spread)} point).`,
    );
  }
  if (gap) {
    lines.push(`Udpeget som gab nr. ${gap.rank}: ${reasons.join(" og ")}.`);
  }
  const weakest = dimension.questions
    .filter((question) => question.overall !== null)
    .sort((a, b) => (a.overall ?? 0) - (b.overall ?? 0))
    .slice(0, 3);
  if (weakest.length > 0) {
    lines.push(
      "",
      "Lavest vurderede udsagn:",
      ...weakest.map((question) => `- «${question.label}» (${format(question.overall)})`),
    );
  }
  const comments = results.freeTexts?.find((item) => item.dimension === input.dimension)?.items.length ?? 0;
  if (comments > 0) {
    lines.push(
      "",
      `${comments} ${comments === 1 ? "kommentar" : "kommentarer"} om ` +
        `${dimension.label.toLowerCase()} findes i vurderingens resultater.`,
    );
  }
  const title =
    `${dimension.label}: ${reasons.length > 0 ? reasons.join(" og ") : "forbedringsområde"} ` + `(360°-vurdering)`;
  return { title: title.charAt(0).toUpperCase() + title.slice(1), description: lines.join("\n") };
}
