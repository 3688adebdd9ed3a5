import { collaborationFromGroups, computeCollaborationStats } from "../../../domain/programme/collaboration.js";
import {
  computeFunnel,
  countOrigins,
  funnelFigures,
  needOrigin,
  processOrigin,
  sumOrigins,
  type StageDates,
} from "../../../domain/programme/funnel.js";
import {
  buildDefaultIndicators,
  IndicatorCard,
  type LegacyTargets,
  type ProgrammeSettings,
} from "../../../domain/programme/indicators.js";
import { isMeasureCode, MEASURE_CATALOGUE, MEASURE_CODES } from "../../../domain/programme/measures.js";
import { asEvaluation, asNovelty } from "../../../domain/programme/tags.js";
import {
  cumulativeSeries,
  milestoneStatus,
  progressShare,
  tallyDays,
  totalOf,
  type DayCount,
} from "../../../domain/programme/progress.js";
import type {
  CollaborationView,
  EvidenceView,
  FunnelView,
  IndicatorView,
  ProgrammeDashboard,
  ProgrammeOwnPart,
  ProgrammeSettingsView,
  PublicProgrammeSummary,
} from "../../../domain/programme/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import { notFound } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import type { EvidenceRow, MeasurePeriod, SharedQueries } from "../../platform/measures.js";
import { writeAudit } from "../audit/audit.service.js";
import {
  loadCollaborationFacts,
  loadCollaborationGroups,
  loadFunnelFacts,
  loadFunnelFigures,
} from "../processes/stats.service.js";
import { defaultIndicatorSpecs } from "./default-indicators.js";
import { barometerSources, nationalFigures } from "./national.js";
import { providedMeasures } from "./programme.measures.js";
import { findProgramme, updateProgramme, type ProgrammeRow } from "./programme.repo.js";

const isoDay = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString().slice(0, 10));

async function requireProgramme(db: Db): Promise<ProgrammeRow> {
  const row = await findProgramme(db);
  if (!row) {
    throw notFound("programme");
  }
  return row;
}

function periodOf(row: ProgrammeRow): MeasurePeriod {
  return { from: isoDay(row.starts_on) ?? "2000-01-01", to: isoDay(row.ends_on) ?? "2099-12-31" };
}

/** The stored indicator cards, or the defaults built from the programme's targets. */
export function indicatorsOf(row: ProgrammeRow): IndicatorCard[] {
  if (Array.isArray(row.indicators)) {
    return row.indicators.map((card) => IndicatorCard.parse(card));
  }
  const period = periodOf(row);
  return buildDefaultIndicators(
    { startsOn: period.from, endsOn: period.to },
    row.targets as LegacyTargets,
    defaultIndicatorSpecs(),
  );
}

const NOT_MEASURED: Record<Language, (module: string) => string> = {
  da: (module) => `Ikke målt endnu: ingen modul leverer målingen (den hører til modulet «${module}»)`,
  en: (module) => `Not measured yet: no module provides the measure (it belongs to the «${module}» module)`,
};

/**
 * Each measure's evidence, once per measure however many indicators name it (and once per request
 * for a query several measures share); null for a measure no module provides. The measures run side
 * by side: on PostgreSQL each takes its own pooled connection.
 */
async function collectEvidence(db: Db, cards: IndicatorCard[], period: MeasurePeriod) {
  const measures = providedMeasures();
  const shared: SharedQueries = new Map();
  const codes = [...new Set(cards.map((card) => card.measure))];
  const rows = await Promise.all(
    codes.map((code) => {
      const measure = measures.get(code);
      return measure ? measure.evidence(db, period, shared) : Promise.resolve(null);
    }),
  );
  return new Map<string, EvidenceRow[] | null>(codes.map((code, index) => [code, rows[index]]));
}

/**
 * Each measure's figure by day, for the dashboard: the measure's grouped count where it has one (no
 * evidence rows read), else its evidence rows counted by day; null for a measure no module provides.
 */
async function collectTallies(db: Db, cards: IndicatorCard[], period: MeasurePeriod) {
  const measures = providedMeasures();
  const shared: SharedQueries = new Map();
  const codes = [...new Set(cards.map((card) => card.measure))];
  const tallies = await Promise.all(
    codes.map(async (code) => {
      const measure = measures.get(code);
      if (!measure) {
        return null;
      }
      if (measure.tally) {
        return measure.tally(db, period, shared);
      }
      return tallyDays((await measure.evidence(db, period, shared)).map((row) => row.at));
    }),
  );
  return new Map<string, DayCount[] | null>(codes.map((code, index) => [code, tallies[index]]));
}

const daysOf = (rows: EvidenceRow[] | null) => (rows ? tallyDays(rows.map((row) => row.at)) : null);

/** One indicator card as the dashboard shows it, from its figure by day; `days` null: no module gives its measure. */
export function presentIndicator(
  card: IndicatorCard,
  days: DayCount[] | null,
  period: MeasurePeriod,
  today: string,
  language: Language,
): IndicatorView {
  const measure = isMeasureCode(card.measure) ? MEASURE_CATALOGUE[card.measure] : null;
  const actual = days ? totalOf(days) : null;
  return {
    code: card.code,
    name: card.name[language],
    unit: card.unit[language],
    definition: card.definition[language],
    computation: measure?.computation[language] ?? "",
    measure: card.measure,
    target: card.target,
    actual,
    notMeasuredReason: days ? null : NOT_MEASURED[language](measure?.module ?? card.measure),
    progress: actual === null ? null : progressShare(actual, card.target),
    milestones: days ? card.milestones.map((milestone) => milestoneStatus(milestone, days, today)) : [],
    evidenceCount: actual ?? 0,
    series: days ? cumulativeSeries(days, period, today) : [],
  };
}

const toView = ({ id, label, href, at, detail }: EvidenceRow): EvidenceView =>
  detail === undefined ? { id, label, href, at } : { id, label, href, at, detail };

/** A report period inside the programme's (both ends optional). */
export function reportPeriod(row: ProgrammeRow, range: { from?: string; to?: string }): MeasurePeriod {
  const programme = periodOf(row);
  return {
    from: range.from && range.from > programme.from ? range.from : programme.from,
    to: range.to && range.to < programme.to ? range.to : programme.to,
  };
}

/** The funnel from SQL aggregates (counts, medians, origins by group): no need's row is read out. */
async function buildFunnel(db: Db, period: MeasurePeriod): Promise<FunnelView> {
  const figures = await loadFunnelFigures(db, period);
  return {
    stages: funnelFigures(
      figures.stages.counts.map((count, index) => ({ count, medianDays: figures.stages.medians[index] ?? null })),
    ),
    stopped: presentStopped(figures.stopped),
    needOrigins: sumOrigins(figures.needSources.map((row) => ({ origin: needOrigin(row.source), count: row.count }))),
    processOrigins: sumOrigins(figures.processSources.map((row) => ({ origin: processOrigin(row), count: row.count }))),
  };
}

function presentStopped(rows: Awaited<ReturnType<typeof loadFunnelFigures>>["stopped"]): FunnelView["stopped"] {
  return rows.map((row) => ({
    processId: row.id,
    title: row.title,
    phase: row.phase,
    reason: row.lessons ? `${row.rationale} — ${row.lessons}` : row.rationale,
    at: isoDay(row.decided_at) ?? "",
  }));
}

/**
 * The funnel computed need by need from the stage dates (the rule the aggregates follow): the tests
 * check the dashboard's aggregates against it.
 */
export async function buildFunnelFromRows(db: Db, period: MeasurePeriod): Promise<FunnelView> {
  const facts = await loadFunnelFacts(db, period);
  const stages: StageDates[] = facts.needs.map((need) => ({
    need: isoDay(need.created_at),
    matched: isoDay(need.matched_at),
    in_process: isoDay(need.in_process_at),
    tested: isoDay(need.tested_at),
    implemented: isoDay(need.implemented_at),
    spread: isoDay(need.spread_at),
  }));
  return {
    stages: computeFunnel(stages),
    stopped: presentStopped(facts.stopped),
    needOrigins: countOrigins(facts.needs.map((need) => needOrigin(need.source))),
    processOrigins: countOrigins(
      facts.processOrigins.map((row) =>
        processOrigin({ seminar: row.sources.includes("seminar"), assessment: row.sources.includes("assessment") }),
      ),
    ),
  };
}

const collaborationView = (stats: CollaborationView["stats"]): CollaborationView => ({
  stats,
  national: nationalFigures(),
  source: { name: "Innovationsbarometeret", url: barometerSources() },
});

/** The collaboration statistics from groups of alike processes (one grouped query). */
async function buildCollaboration(db: Db, period: MeasurePeriod): Promise<CollaborationView> {
  const groups = await loadCollaborationGroups(db, period);
  return collaborationView(
    collaborationFromGroups(
      groups.map((group) => ({
        withPrivateCompanies: group.with_private_companies,
        withKnowledgeInstitutions: group.with_knowledge_institutions,
        withinSameSector: group.within_same_sector,
        acrossSectors: group.across_sectors,
        novelty: asNovelty(group.novelty),
        evaluation: asEvaluation(group.evaluation),
        initiator: group.initiator,
        count: group.count,
      })),
    ),
  );
}

/** The collaboration statistics process by process (the rule the grouped query follows): for the tests. */
export async function buildCollaborationFromRows(db: Db, period: MeasurePeriod): Promise<CollaborationView> {
  const facts = await loadCollaborationFacts(db, period);
  const byProcess = new Map<
    string,
    { organisationId: string; kind: string; parentId: string | null; parentKind: string | null }[]
  >();
  for (const row of facts.participants) {
    const list = byProcess.get(row.process_id) ?? [];
    list.push({ organisationId: row.id, kind: row.kind, parentId: row.parent_id, parentKind: row.parent_kind });
    byProcess.set(row.process_id, list);
  }
  return collaborationView(
    computeCollaborationStats(
      facts.processes.map((process) => ({
        participants: byProcess.get(process.id) ?? [],
        novelty: asNovelty(process.novelty),
        evaluation: asEvaluation(process.evaluation),
        initiator: process.initiator,
      })),
    ),
  );
}

/** The dashboard: every indicator computed from the work, the funnel and the collaboration statistics. */
export async function buildDashboard(
  db: Db,
  language: Language,
  today: string,
  range: { from?: string; to?: string } = {},
): Promise<ProgrammeDashboard> {
  const row = await requireProgramme(db);
  const period = reportPeriod(row, range);
  const cards = indicatorsOf(row);
  const [tallies, funnel, collaboration] = await Promise.all([
    collectTallies(db, cards, period),
    buildFunnel(db, period),
    buildCollaboration(db, period),
  ]);
  return {
    programme: presentProgrammeHead(row),
    period,
    today,
    indicators: cards.map((card) => presentIndicator(card, tallies.get(card.measure) ?? null, period, today, language)),
    funnel,
    collaboration,
  };
}

/** One dashboard's work split by part (each measure, the funnel, the collaboration facts): for the bench. */
export async function timeDashboardParts(db: Db, today: string): Promise<{ part: string; ms: number }[]> {
  const row = await requireProgramme(db);
  const period = reportPeriod(row, { to: today });
  const parts: { part: string; ms: number }[] = [];
  const timed = async (part: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    parts.push({ part, ms: performance.now() - started });
  };
  for (const [code, measure] of providedMeasures()) {
    await timed(code, () => (measure.tally ? measure.tally(db, period) : measure.evidence(db, period)));
  }
  await timed("funnel", () => buildFunnel(db, period));
  await timed("collaboration", () => buildCollaboration(db, period));
  return parts;
}

function presentProgrammeHead(row: ProgrammeRow): ProgrammeDashboard["programme"] {
  const period = periodOf(row);
  return {
    id: row.id,
    name: row.name,
    startsOn: period.from,
    endsOn: period.to,
    themes: row.themes,
    publicSummary: row.public_summary,
  };
}

/** One indicator with all its evidence rows (404 for an unknown code). */
export async function indicatorEvidence(db: Db, code: string, language: Language, today: string) {
  const row = await requireProgramme(db);
  const card = indicatorsOf(row).find((item) => item.code === code);
  if (!card) {
    throw notFound("indicator");
  }
  const period = periodOf(row);
  const rows = (await collectEvidence(db, [card], period)).get(card.measure) ?? null;
  return {
    indicator: presentIndicator(card, daysOf(rows), period, today, language),
    rows: (rows ?? []).map(toView),
  };
}

/** Every indicator with its evidence rows: for the exports. */
export async function allEvidence(db: Db, language: Language, today: string) {
  const row = await requireProgramme(db);
  const cards = indicatorsOf(row);
  const period = periodOf(row);
  const evidence = await collectEvidence(db, cards, period);
  return {
    programme: presentProgrammeHead(row),
    indicators: cards.map((card) => {
      const rows = evidence.get(card.measure) ?? null;
      return {
        indicator: presentIndicator(card, daysOf(rows), period, today, language),
        rows: (rows ?? []).map(toView),
      };
    }),
  };
}

/**
 * A member's own part: only the evidence rows that concern their organisation (or its units), so no
 * other organisation's name or figure reaches them.
 */
export async function ownPart(db: Db, actor: Actor, language: Language): Promise<ProgrammeOwnPart> {
  const row = await requireProgramme(db);
  const cards = indicatorsOf(row);
  const evidence = await collectEvidence(db, cards, periodOf(row));
  const own = actor.organisationId;
  const period = periodOf(row);
  return {
    programme: { name: row.name, startsOn: period.from, endsOn: period.to },
    indicators: cards
      .map((card) => ({
        code: card.code,
        name: card.name[language],
        unit: card.unit[language],
        rows: (evidence.get(card.measure) ?? [])
          .filter((item) => own !== null && (item.organisationIds ?? []).includes(own))
          .map(toView),
      }))
      .filter((item) => item.rows.length > 0),
  };
}

/** The public summary: aggregates only (counts and shares), no names; 404 while switched off. */
export async function publicSummary(db: Db, language: Language): Promise<PublicProgrammeSummary> {
  const row = await requireProgramme(db);
  if (!row.public_summary) {
    throw notFound("public summary");
  }
  const cards = indicatorsOf(row);
  const period = periodOf(row);
  const tallies = await collectTallies(db, cards, period);
  return {
    programme: { name: row.name, startsOn: period.from, endsOn: period.to },
    indicators: cards.map((card) => {
      const days = tallies.get(card.measure) ?? null;
      return {
        code: card.code,
        name: card.name[language],
        unit: card.unit[language],
        target: card.target,
        actual: days ? totalOf(days) : null,
      };
    }),
    collaboration: await buildCollaboration(db, period),
  };
}

export async function loadSettings(db: Db, language: Language): Promise<ProgrammeSettingsView> {
  const row = await requireProgramme(db);
  const period = periodOf(row);
  const provided = providedMeasures();
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startsOn: period.from,
    endsOn: period.to,
    themes: row.themes,
    publicSummary: row.public_summary,
    indicators: indicatorsOf(row),
    measures: MEASURE_CODES.map((code) => ({
      code,
      computation: MEASURE_CATALOGUE[code].computation[language],
      provided: provided.has(code),
    })),
  };
}

/** The programme manager keeps the programme: one transaction, audited. */
export async function saveSettings(
  db: Db,
  actor: Actor,
  input: ProgrammeSettings,
  language: Language,
  requestId: string,
): Promise<ProgrammeSettingsView> {
  await inTransaction(db, async (trx) => {
    const before = await requireProgramme(trx);
    const after = await updateProgramme(trx, before.id, {
      name: input.name,
      description: input.description,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      themes: input.themes,
      public_summary: input.publicSummary,
      indicators: JSON.stringify(input.indicators),
    });
    await writeAudit(trx, {
      actorId: actor.id,
      entity: "programme",
      entityId: before.id,
      action: "update",
      before: {
        name: before.name,
        startsOn: isoDay(before.starts_on),
        endsOn: isoDay(before.ends_on),
        themes: before.themes,
        publicSummary: before.public_summary,
        indicators: indicatorsOf(before),
      },
      after: {
        name: after.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        themes: after.themes,
        publicSummary: after.public_summary,
        indicators: input.indicators,
      },
      requestId,
    });
  });
  return loadSettings(db, language);
}
