import type { Milestone } from "../../../domain/programme/indicators.js";

/** Milestones as the form shows them: one «date target» per line. */
export function formatMilestones(milestones: readonly Milestone[]): string {
  return milestones.map((milestone) => `${milestone.on} ${milestone.target}`).join("\n");
}

/** The form's milestone lines back to milestones; null when a line is not «YYYY-MM-DD number». */
export function parseMilestones(text: string): Milestone[] | null {
  const milestones: Milestone[] = [];
  for (const line of text
    .split("\n")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const match = /^(\d{4}-\d{2}-\d{2})\s+(-?\d+)$/.exec(line);
    if (!match) {
      return null;
    }
    milestones.push({ on: match[1], target: Number(match[2]) });
  }
  return milestones;
}
