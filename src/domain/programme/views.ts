import type { CollaborationStats } from "./collaboration.js";
import type { FunnelStageFigure, Origin } from "./funnel.js";
import type { IndicatorCard } from "./indicators.js";
import type { MilestoneStatus } from "./progress.js";
import type { InnovationTags } from "./tags.js";

/** One row of evidence, as the API shows it (the server's EvidenceRow without internal fields). */
export interface EvidenceView {
  id: string;
  label: string;
  href: string;
  at: string;
  detail?: string;
}

export interface IndicatorView {
  code: string;
  name: string;
  unit: string;
  definition: string;
  /** How the figure is computed, from the measure's catalogue entry. */
  computation: string;
  measure: string;
  target: number;
  /** null when no module provides the measure yet: «not measured yet», never 0. */
  actual: number | null;
  /** Why the figure is not measured, when actual is null. */
  notMeasuredReason: string | null;
  progress: number | null;
  milestones: MilestoneStatus[];
  evidenceCount: number;
  series: { on: string; actual: number }[];
}

export interface NationalFigure {
  value: number;
  edition: string;
  source: string;
}

export interface CollaborationView {
  stats: CollaborationStats;
  national: Partial<Record<keyof CollaborationStats, NationalFigure>>;
  source: { name: string; url: string[] };
}

export interface FunnelView {
  stages: FunnelStageFigure[];
  stopped: { processId: string; title: string; phase: string; reason: string; at: string }[];
  needOrigins: Record<Origin, number>;
  processOrigins: Record<Origin, number>;
}

export interface ProgrammeDashboard {
  programme: { id: string; name: string; startsOn: string; endsOn: string; themes: string[]; publicSummary: boolean };
  /** The period the figures cover: the chosen report period inside the programme's, or the programme's. */
  period: { from: string; to: string };
  today: string;
  indicators: IndicatorView[];
  funnel: FunnelView;
  collaboration: CollaborationView;
}

export interface IndicatorEvidence {
  indicator: IndicatorView;
  rows: EvidenceView[];
}

/** A member's own part: the indicators their organisation counts in, with those rows only. */
export interface ProgrammeOwnPart {
  programme: { name: string; startsOn: string; endsOn: string };
  indicators: { code: string; name: string; unit: string; rows: EvidenceView[] }[];
}

/** The public summary: aggregates only, never a company's name. */
export interface PublicProgrammeSummary {
  programme: { name: string; startsOn: string; endsOn: string };
  indicators: { code: string; name: string; unit: string; target: number; actual: number | null }[];
  collaboration: CollaborationView;
}

export interface ProgrammeSettingsView {
  id: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  themes: string[];
  publicSummary: boolean;
  indicators: IndicatorCard[];
  measures: { code: string; computation: string; provided: boolean }[];
}

export interface ProcessTagsView {
  processId: string;
  tags: InnovationTags;
}
