import { fitCallsToProfile } from "../../../domain/home/audience.js";
import { NeedQuery } from "../../../domain/needs.js";
import { isPublicKind, type Organisation } from "../../../domain/organisation.js";
import type { OrganisationStory, StoryItem, StorySection } from "../../../domain/organisation-story-views.js";
import type { Db } from "../../db/database.js";
import { notFound } from "../../http/errors.js";
import { isStaff, type Actor } from "../../platform/actor.js";
import { listVisibleAssessments } from "../assessments/assessments.service.js";
import { listCasesForStory } from "../business-cases/story.service.js";
import { listOpenCalls } from "../calls/calls.service.js";
import { listOffersForStory } from "../calls/story.service.js";
import { rankNeedsForOrganisation } from "../matching/matching.service.js";
import { listVisibleNeeds } from "../needs/needs.service.js";
import { getOrganisation } from "../organisations/organisations.service.js";
import { listVisibleProcesses } from "../processes/processes.service.js";
import { listSeminarsForStory } from "../seminars/story.service.js";

/** The newest this many of each kind are listed; the total says how many there are. */
const SECTION_SIZE = 8;

interface StoryContext {
  db: Db;
  actor: Actor;
  organisation: Organisation;
  /** Staff, or a member of the organisation or of its parent: sees the whole story. */
  seesAll: boolean;
}

const section = (ctx: StoryContext, items: StoryItem[], total = items.length): StorySection => ({
  items: items.slice(0, SECTION_SIZE),
  total,
  isPartial: !ctx.seesAll,
});

const isPartnerKind = (kind: string) => kind === "company" || kind === "knowledge_institution";

/** A public organisation's needs (its units' too), through the needs module's own visibility. */
async function needsOf(ctx: StoryContext): Promise<StorySection | null> {
  if (!isPublicKind(ctx.organisation.kind)) {
    return null;
  }
  const page = await listVisibleNeeds(
    ctx.db,
    ctx.actor,
    NeedQuery.parse({ ownerOrganisationId: ctx.organisation.id, pageSize: String(SECTION_SIZE) }),
  );
  return section(
    ctx,
    page.items.map((need) => ({
      id: need.id,
      title: need.title,
      href: `/behov/${need.id}`,
      date: need.createdAt,
      status: need.status,
      detail: need.ownerOrganisationId === ctx.organisation.id ? null : need.ownerName,
    })),
    page.total,
  );
}

async function assessmentsOf(ctx: StoryContext): Promise<StorySection | null> {
  if (!isPublicKind(ctx.organisation.kind)) {
    return null;
  }
  const page = await listVisibleAssessments(ctx.db, ctx.actor, {
    organisationId: ctx.organisation.id,
    page: 1,
    pageSize: SECTION_SIZE,
  });
  return section(
    ctx,
    page.items.map((assessment) => ({
      id: assessment.id,
      title: assessment.title,
      href: `/vurderinger/${assessment.id}`,
      date: assessment.openedAt,
      status: assessment.status,
      detail: assessment.organisationId === ctx.organisation.id ? null : assessment.organisationName,
    })),
    page.total,
  );
}

async function processesOf(ctx: StoryContext): Promise<StorySection> {
  const processes = await listVisibleProcesses(ctx.db, ctx.actor, { organisationId: ctx.organisation.id });
  return section(
    ctx,
    processes.map((process) => ({
      id: process.id,
      title: process.title,
      href: `/forloeb/${process.id}`,
      date: process.updatedAt,
      status: process.status,
      detail: process.phase,
    })),
  );
}

/** The reverse match the home page uses: open calls whose need fits the company; the needs too for staff. */
async function fitsOf(ctx: StoryContext): Promise<Pick<OrganisationStory, "fittingNeeds" | "fittingCalls">> {
  const isOwn = ctx.actor.organisationId === ctx.organisation.id;
  if (!isPartnerKind(ctx.organisation.kind) || !(isStaff(ctx.actor) || isOwn) || ctx.organisation.archived) {
    return { fittingNeeds: null, fittingCalls: null };
  }
  const [ranked, calls] = await Promise.all([
    rankNeedsForOrganisation(ctx.db, ctx.organisation.id),
    listOpenCalls(ctx.db),
  ]);
  const fits = fitCallsToProfile(
    ranked.map((need) => ({ needId: need.needId, score: need.match.score, parts: need.match.parts })),
    calls,
  );
  const full = { ...ctx, seesAll: true };
  return {
    // Companies see needs only through open calls (the needs module's rule); agents match on all of them.
    fittingNeeds: isStaff(ctx.actor)
      ? section(
          full,
          ranked.map((need) => ({
            id: need.needId,
            title: need.title,
            href: `/behov/${need.needId}`,
            date: null,
            status: need.status,
            detail: need.ownerName,
          })),
        )
      : null,
    fittingCalls: section(
      full,
      fits.map(({ call, reasons }) => ({
        id: call.id,
        title: call.title,
        href: `/opslag/${call.id}`,
        date: call.deadline,
        status: null,
        detail: reasons.join(", ") || call.ownerName,
      })),
    ),
  };
}

/**
 * An organisation's whole story for its page: each module answers for its own part, with its own access
 * rules, so a reader sees exactly what the module would show them elsewhere.
 */
export async function tellOrganisationStory(db: Db, actor: Actor, organisationId: string): Promise<OrganisationStory> {
  const organisation = await getOrganisation(db, organisationId);
  if (!organisation) {
    throw notFound("organisation");
  }
  const seesAll =
    isStaff(actor) ||
    (actor.organisationId !== null && [organisation.id, organisation.parentId].includes(actor.organisationId));
  const ctx: StoryContext = { db, actor, organisation, seesAll };
  // One after the other: on embedded PGlite the queries share one connection anyway.
  const needs = await needsOf(ctx);
  const assessments = await assessmentsOf(ctx);
  const processes = await processesOf(ctx);
  const businessCases = section(ctx, await listCasesForStory(db, actor, organisation.id));
  const offers = section(ctx, await listOffersForStory(db, actor, organisation.id));
  const seminars = section(ctx, await listSeminarsForStory(db, actor, organisation));
  const fits = await fitsOf(ctx);
  return { organisationId, needs, assessments, processes, businessCases, offers, seminars, ...fits };
}
