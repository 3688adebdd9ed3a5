import {
  bestScoreWithoutCompetence,
  DEFAULT_MATCHING_WEIGHTS,
  planScoring,
  rankCandidates,
  scoreCandidate,
  type MatchingWeights,
  type NeedProfile,
} from "../../../domain/matching.js";
import type {
  MatchDecisionResult,
  MatchingNeed,
  RankedPartner,
  ShortlistEntry,
} from "../../../domain/matching-views.js";
import type { MatchDecision, NeedStatus } from "../../../domain/needs.js";
import { isSme } from "../../../domain/organisation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { canMatch } from "../needs/needs.policy.js";
import { getVisibleNeed, moveNeedStatus } from "../needs/needs.service.js";
import { getOrganisationKind } from "../organisations/organisations.service.js";
import {
  findDecision,
  findNeedCandidates,
  findPartnerProfile,
  listCollaborations,
  listDecisions,
  listNeedTerms,
  listOrganisationTerms,
  rankAllPartners,
  rankCompetenceHolders,
  readMatchingWeights,
  readPartnerEvidence,
  type PartnerQuery,
  type RankedPartnerRow,
  upsertDecision,
} from "./matching.repo.js";
import { presentDecision, presentShortlistEntry } from "./matching.present.js";

export const TOP_PARTNERS = 20;

export async function loadWeights(db: Db): Promise<MatchingWeights> {
  return { ...DEFAULT_MATCHING_WEIGHTS, ...(await readMatchingWeights(db)) };
}

async function loadMatchingContext(db: Db, actor: Actor, needId: string) {
  const need = await getVisibleNeed(db, actor, needId);
  const [terms, weights, collaborations] = await Promise.all([
    listNeedTerms(db, needId),
    loadWeights(db),
    listCollaborations(db, needId, need.ownerOrganisationId),
  ]);
  const competenceIds = need.competences.map((competence) => competence.id);
  const profile: NeedProfile = {
    careArea: need.careArea,
    regionCode: need.ownerRegionCode,
    wantedCompetences: competenceIds.length,
    termCount: terms.length,
  };
  const plan = planScoring(profile, weights);
  const query: PartnerQuery = { needId, terms, competenceIds, collaboratorIds: [...collaborations.keys()], plan };
  return { profile, weights, collaborations, query };
}

type MatchingContext = Awaited<ReturnType<typeof loadMatchingContext>>;

/**
 * The ids of the `limit` best partners, ties on the score broken by name as rankCandidates does.
 * Holders of a wanted competence are read first, from the competence index: when the last of their
 * best still scores above what anyone without one can reach, nobody else is read. Otherwise every
 * organisation is ranked, with that score as a floor.
 */
async function findBestPartnerIds(db: Db, context: MatchingContext, limit: number): Promise<string[]> {
  const { plan } = context.query;
  let atLeast = 0;
  let rows: RankedPartnerRow[] | undefined;
  if (plan.competence.wanted > 0 && plan.competence.points > 0) {
    const holders = await rankCompetenceHolders(db, context.query, limit);
    if (holders.length >= limit) {
      atLeast = holders[limit - 1].score;
      rows = atLeast > bestScoreWithoutCompetence(context.profile, context.weights) ? holders : undefined;
    }
  }
  rows ??= await rankAllPartners(db, context.query, limit, atLeast);
  return rankCandidates(
    rows.map((row) => ({ id: row.id, name: row.name, match: { score: row.score, parts: [] } })),
    limit,
  ).map((row) => row.id);
}

async function scorePartners(db: Db, context: MatchingContext, organisationIds: string[]) {
  const rows = await readPartnerEvidence(db, context.query, organisationIds);
  return rows.map((row) => ({
    organisationId: row.id,
    name: row.name,
    kind: row.kind,
    isSme: isSme(row.kind, row.employee_band),
    match: scoreCandidate(
      context.profile,
      {
        kind: row.kind,
        sharedCompetenceNames: row.shared_competences,
        sharedTerms: row.shared_terms,
        careAreas: row.care_areas,
        regionCode: row.region_code,
        isSme: isSme(row.kind, row.employee_band),
        collaborations: context.collaborations.get(row.id) ?? 0,
      },
      context.weights,
    ),
  }));
}

/** The need's best partners, each score broken into readable parts, with the agent's decisions. */
export async function rankPartners(
  db: Db,
  actor: Actor,
  needId: string,
  limit = TOP_PARTNERS,
): Promise<RankedPartner[]> {
  const [context, decisions] = await Promise.all([loadMatchingContext(db, actor, needId), listDecisions(db, needId)]);
  const scored = await scorePartners(db, context, await findBestPartnerIds(db, context, limit));
  const decided = new Map(decisions.map((row) => [row.organisation_id, row]));
  return rankCandidates(scored, limit).map((item) => {
    const decision = decided.get(item.organisationId);
    return {
      ...item,
      decision: decision ? presentDecision(decision) : null,
    };
  });
}

export async function listShortlist(db: Db, actor: Actor, needId: string): Promise<ShortlistEntry[]> {
  await getVisibleNeed(db, actor, needId);
  const rows = await listDecisions(db, needId);
  return rows.map(presentShortlistEntry);
}

/**
 * Shortlists or dismisses a partner with a reason; the score and its parts at that moment are
 * kept with the decision. The first shortlisted partner moves a new or qualified need to «matched».
 */
export async function decideMatch(
  ctx: ServiceContext,
  needId: string,
  input: MatchDecision,
): Promise<MatchDecisionResult> {
  if (!canMatch(ctx.actor)) {
    throw forbidden();
  }
  const context = await loadMatchingContext(ctx.db, ctx.actor, needId);
  const partner = await getOrganisationKind(ctx.db, input.organisationId);
  if (!partner || !["company", "knowledge_institution"].includes(partner.kind)) {
    throw fieldError(ctx.language, 400, "organisationId", "invalid");
  }
  const [scored] = await scorePartners(ctx.db, context, [partner.id]);
  const match = scored.match;
  return inTransaction(ctx.db, async (trx) => {
    const before = await findDecision(trx, needId, input.organisationId);
    await upsertDecision(trx, {
      needId,
      organisationId: input.organisationId,
      decision: input.decision,
      reason: input.reason,
      score: match.score,
      parts: match.parts,
      decidedBy: ctx.actor.id,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "need_match",
      entityId: `${needId}:${input.organisationId}`,
      action: input.decision,
      before: before ? { decision: before.decision, reason: before.reason } : undefined,
      after: { decision: input.decision, reason: input.reason, score: match.score },
      requestId: ctx.requestId,
    });
    if (input.decision === "shortlisted") {
      // A need still being qualified is now matched; the needs module checks and logs the move.
      await moveNeedStatus(trx, { actorId: ctx.actor.id, requestId: ctx.requestId }, needId, "matched", "shortlist");
    }
    return {
      organisationId: input.organisationId,
      decision: input.decision,
      reason: input.reason,
      score: match.score,
      parts: match.parts,
    };
  });
}

/** For a company or knowledge institution: the active needs it fits best (agents' view). */
export async function rankNeedsFor(
  db: Db,
  actor: Actor,
  organisationId: string,
  limit = TOP_PARTNERS,
): Promise<MatchingNeed[]> {
  if (!canMatch(actor)) {
    throw forbidden();
  }
  return rankNeedsForOrganisation(db, organisationId, limit);
}

/**
 * The reverse match without the agents' check: the active needs a company or knowledge institution fits
 * best. For callers that show the result only within what the reader may see (a member's home page
 * shows only the needs that are open calls).
 */
export async function rankNeedsForOrganisation(
  db: Db,
  organisationId: string,
  limit = TOP_PARTNERS,
): Promise<MatchingNeed[]> {
  const organisation = await findPartnerProfile(db, organisationId);
  if (!organisation) {
    throw notFound("organisation");
  }
  if (organisation.kind !== "company" && organisation.kind !== "knowledge_institution") {
    throw new HttpError(400, "validation", "id: only companies and knowledge institutions are matched to needs", {
      id: "Kun virksomheder og videninstitutioner matches med behov",
    });
  }
  const [terms, weights] = await Promise.all([listOrganisationTerms(db, organisationId), loadWeights(db)]);
  const rows = await findNeedCandidates(db, { id: organisationId, careAreas: organisation.care_areas, terms });
  const scored = rows.map((row) => ({
    needId: row.id,
    name: row.title,
    ownerOrganisationId: row.owner_organisation_id,
    ownerName: row.owner_name,
    careArea: row.care_area,
    status: row.status as NeedStatus,
    match: scoreCandidate(
      {
        careArea: row.care_area,
        regionCode: row.region_code,
        wantedCompetences: Number(row.need_competence_count),
        termCount: Number(row.term_count),
      },
      {
        kind: organisation.kind,
        sharedCompetenceNames: row.shared_competences,
        sharedTerms: row.shared_terms,
        careAreas: organisation.care_areas,
        regionCode: organisation.region_code,
        isSme: isSme(organisation.kind, organisation.employee_band),
        collaborations: Number(row.collaborations),
      },
      weights,
    ),
  }));
  return rankCandidates(scored, limit).map(({ name, ...rest }) => ({ title: name, ...rest }));
}
