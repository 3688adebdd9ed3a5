import { z } from "zod";
import { localize, mean, roundScore, type QuestionnaireDefinition } from "../questionnaire/index.js";
import type { Language } from "../validation.js";
import type { AssessmentProfile } from "./scoring.js";

/**
 * The scores of a closed assessment, kept with it so later assessments can compare without
 * re-reading every answer: dimension → overall and per-group score (0–100 or null).
 */
export const ProfileSnapshot = z.object({
  dimensions: z.record(
    z.string(),
    z.object({ overall: z.number().nullable(), groups: z.record(z.string(), z.number().nullable()) }),
  ),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

export function snapshotProfile(profile: AssessmentProfile): ProfileSnapshot {
  return {
    dimensions: Object.fromEntries(
      profile.dimensions.map((dimension) => [
        dimension.dimension,
        {
          overall: dimension.overall,
          groups: Object.fromEntries(Object.entries(dimension.groups).map(([group, cell]) => [group, cell.score])),
        },
      ]),
    ),
  };
}

export interface DimensionDelta {
  dimension: string;
  /** Current minus baseline, in points; null when either side has no score. */
  overall: number | null;
  groups: Record<string, number | null>;
}

const delta = (current: number | null | undefined, baseline: number | null | undefined): number | null =>
  current === null || current === undefined || baseline === null || baseline === undefined
    ? null
    : roundScore(current - baseline);

/** How each dimension moved against a baseline (the previous assessment, or the programme average). */
export function compareSnapshots(current: ProfileSnapshot, baseline: ProfileSnapshot): DimensionDelta[] {
  return Object.entries(current.dimensions).map(([dimension, scores]) => {
    const before = baseline.dimensions[dimension];
    return {
      dimension,
      overall: delta(scores.overall, before?.overall),
      groups: Object.fromEntries(
        Object.entries(scores.groups).map(([group, score]) => [group, delta(score, before?.groups[group])]),
      ),
    };
  });
}

/** The mean of several snapshots, each assessment counted once; a score missing in one is left out. */
export function averageSnapshots(snapshots: readonly ProfileSnapshot[]): ProfileSnapshot | null {
  if (snapshots.length === 0) {
    return null;
  }
  const dimensions = new Set(snapshots.flatMap((snapshot) => Object.keys(snapshot.dimensions)));
  const average = (values: (number | null | undefined)[]) =>
    roundScore(mean(values.filter((value): value is number => typeof value === "number")));
  const result: ProfileSnapshot = { dimensions: {} };
  for (const dimension of dimensions) {
    const entries = snapshots.map((snapshot) => snapshot.dimensions[dimension]).filter((entry) => entry !== undefined);
    const groups = new Set(entries.flatMap((entry) => Object.keys(entry.groups)));
    result.dimensions[dimension] = {
      overall: average(entries.map((entry) => entry.overall)),
      groups: Object.fromEntries(
        [...groups].map((group) => [group, average(entries.map((entry) => entry.groups[group]))]),
      ),
    };
  }
  return result;
}

export interface RadarSeries {
  key: string;
  label: string;
  /** One value per axis, in axis order; null where there is no score. */
  values: (number | null)[];
}

export interface RadarData {
  min: 0;
  max: 100;
  axes: { key: string; label: string }[];
  /** «Samlet» first, then every group that has a score somewhere. */
  series: RadarSeries[];
}

export const OVERALL_LABEL = { da: "Samlet", en: "Overall" } as const;

/** Ready for a radar chart: the dimensions as axes, the overall profile and each group as series. */
export function buildRadar(
  profile: AssessmentProfile,
  definition: QuestionnaireDefinition,
  language: Language,
): RadarData {
  const axes = profile.dimensions.map((dimension) => {
    const section = definition.sections.find((item) => item.key === dimension.dimension);
    return { key: dimension.dimension, label: section ? localize(section.title, language) : dimension.dimension };
  });
  const series: RadarSeries[] = [
    {
      key: "overall",
      label: OVERALL_LABEL[language],
      values: profile.dimensions.map((dimension) => dimension.overall),
    },
  ];
  for (const audience of definition.audiences) {
    const values = profile.dimensions.map((dimension) => dimension.groups[audience.key]?.score ?? null);
    if (values.some((value) => value !== null)) {
      series.push({ key: audience.key, label: localize(audience.label, language), values });
    }
  }
  return { min: 0, max: 100, axes, series };
}

/** A snapshot as a radar series over the same axes (for overlaying the previous or the average profile). */
export function snapshotSeries(
  snapshot: ProfileSnapshot,
  axes: RadarData["axes"],
  key: string,
  label: string,
): RadarSeries {
  return { key, label, values: axes.map((axis) => snapshot.dimensions[axis.key]?.overall ?? null) };
}
