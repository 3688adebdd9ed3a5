import {
  bestScoreWithoutCompetence,
  DEFAULT_MATCHING_WEIGHTS,
  hasNationalReach,
  NATIONAL_REACH_KINDS,
  NETWORK_KINDS,
  planScoring,
  proposableKinds,
  rankCandidates,
  scoreCandidate,
  type MatchingWeights,
  type NeedProfile,
} from "../../../domain/matching.js";
import { isInformativeTerm } from "../../../domain/matching-terms.js";
import {
  DEFAULT_TEXT_OPTIONS,
  matchText,
  planText,
  type Corpus,
  type TextOptions,
} from "../../../domain/matching-text.js";
import { relationsOf } from "../../../domain/text/thesaurus.js";
import type {
  MatchDecisionResult,
  MatchingNeed,
  PartnerRanking,
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
  listNeedWords,
  listPartnerWords,
  PARTNER_KINDS,
  readMatchingWeights,
  readNeedNetwork,
  readOrganisationTerms,
  readPartnerEvidence,
  upsertDecision,
} from "./matching.repo.js";
import {
  rankAllPartners,
  rankCompetenceHolders,
  type PartnerQuery,
  type RankedPartnerRow,
} from "./partner-ranking.repo.js";
import { presentDecision, presentShortlistEntry } from "./matching.present.js";
import { loadCorpus, loadThesaurus } from "./matching.text.js";

export const TOP_PARTNERS = 20;
/** Knowledge institutions listed on their own beside the partners. */
export const TOP_KNOWLEDGE_INSTITUTIONS = 5;
/** Clusters and innovation facilitators listed on their own, for a need that asks for a network. */
export const TOP_CLUSTERS = 3;

/**
 * Which parts of the method are on. Everything is on in the product; the bench turns one off at a
 * time (the ablation) to show what each is worth.
 */
export interface MatchingOptions {
  text: TextOptions;
  /** Knowledge institutions serve every region. */
  nationalReach: boolean;
  /** Replaces some of the programme's weights (0 turns a part off). */
  weights: Partial<MatchingWeights>;
}

export const DEFAULT_MATCHING_OPTIONS: MatchingOptions = {
  text: DEFAULT_TEXT_OPTIONS,
  nationalReach: true,
  weights: {},
};

export async function loadWeights(db: Db): Promise<MatchingWeights> {
  return { ...DEFAULT_MATCHING_WEIGHTS, ...(await readMatchingWeights(db)) };
}

async function loadMatchingContext(db: Db, actor: Actor, needId: string, options: MatchingOptions) {
  const need = await getVisibleNeed(db, actor, needId);
  const [terms, words, weights, collaborations, thesaurus, network] = await Promise.all([
    listNeedTerms(db, needId),
    listNeedWords(db, needId),
    loadWeights(db),
    listCollaborations(db, needId, need.ownerOrganisationId),
    loadThesaurus(db),
    readNeedNetwork(db, needId),
  ]);
  const related = options.text.thesaurus ? relationsOf(new Set(terms), thesaurus).flatMap((r) => r.to.stems) : [];
  const corpus = await loadCorpus(db, [...new Set([...terms, ...related])]);
  const text = planText(terms, corpus, thesaurus, options.text, words);
  const competenceIds = need.competences.map((competence) => competence.id);
  const profile: NeedProfile = {
    careArea: need.careArea,
    regionCode: need.ownerRegionCode,
    wantedCompetences: competenceIds.length,
    termCount: text.reachable,
  };
  const allWeights = { ...weights, ...options.weights };
  const plan = planScoring(profile, allWeights);
  const queryTerms = text.queryStems.filter((stem) => (corpus.frequency.get(stem) ?? 0) > 0);
  const query: PartnerQuery = {
    needId,
    terms: queryTerms,
    competenceIds,
    collaboratorIds: [...collaborations.keys()],
    kinds: PARTNER_KINDS,
    nationalKinds: options.nationalReach ? NATIONAL_REACH_KINDS : [],
    plan,
    sharedFrom: sharedStemsFrom(queryTerms, corpus),
  };
  return { profile, weights: allWeights, collaborations, query, text, options, network };
}

/**
 * Counting shared stems from organisation_terms reads one row per organisation and stem (the stems' document
 * frequencies summed); from the vectors, one vector per organisation read. For rare words the rows are far
 * fewer; a need of common words (at 100,000 organisations, 340,000 rows for 46 stems) is cheaper the old way.
 */
function sharedStemsFrom(terms: string[], corpus: Corpus): "terms" | "vectors" {
  const rows = terms.reduce((sum, stem) => sum + (corpus.frequency.get(stem) ?? 0), 0);
  return rows <= corpus.size ? "terms" : "vectors";
}

type MatchingContext = Awaited<ReturnType<typeof loadMatchingContext>>;

/**
 * How many candidates the SQL ranking hands on to be scored in full. The SQL score counts every shared
 * word alike; the full score weighs them by rarity, the thesaurus and where they are written, which
 * can reorder candidates, so more are read than are shown.
 */
export function candidatePool(limit: number): number {
  return Math.max(60, limit * 3);
}

/**
 * The ids of the candidates worth scoring in full: the best `candidatePool(limit)` by the SQL score.
 * Holders of a wanted competence are read first, from the competence index: when the last of their
 * best still scores above what anyone without one can reach, nobody else is read. Otherwise every
 * organisation is ranked, with that score as a floor.
 */
async function findBestPartnerIds(db: Db, context: MatchingContext, wanted: number): Promise<string[]> {
  const { plan } = context.query;
  const limit = candidatePool(wanted);
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
  return rows.map((row) => row.id);
}

async function scorePartners(db: Db, context: MatchingContext, organisationIds: string[]) {
  const rows = await readPartnerEvidence(db, context.query, organisationIds);
  return rows.map((row) => {
    const own = new Set(row.own_terms);
    const text = matchText(
      context.text,
      { own, codeTitles: new Set(row.shared_terms.filter((stem) => !own.has(stem))) },
      context.options.text,
    );
    return {
      id: row.id,
      organisationId: row.id,
      name: row.name,
      kind: row.kind,
      isSme: isSme(row.kind, row.employee_band),
      hits: text.hits,
      match: scoreCandidate(
        context.profile,
        {
          kind: row.kind,
          sharedCompetenceNames: row.shared_competences,
          text,
          careAreas: row.care_areas,
          regionCode: row.region_code,
          nationalReach: context.options.nationalReach && hasNationalReach(row.kind),
          isSme: isSme(row.kind, row.employee_band),
          collaborations: context.collaborations.get(row.id) ?? 0,
          network: context.network,
        },
        context.weights,
      ),
    };
  });
}

type DecisionRow = Awaited<ReturnType<typeof listDecisions>>[number];

async function rankAmong(
  db: Db,
  context: MatchingContext,
  decided: ReadonlyMap<string, DecisionRow>,
  limit: number,
  kinds: string[],
): Promise<RankedPartner[]> {
  const among = { ...context, query: { ...context.query, kinds } };
  const scored = await scorePartners(db, among, await findBestPartnerIds(db, among, limit));
  const ranked = rankCandidates(scored, limit);
  const written = await listPartnerWords(
    db,
    ranked.map((item) => ({
      organisationId: item.id,
      stems: [...new Set(item.hits.flatMap((hit) => hit.partnerStems))],
    })),
  );
  return ranked.map(({ id: _id, hits, ...item }) => {
    const decision = decided.get(item.organisationId);
    const words = written.get(item.organisationId) ?? new Map<string, string>();
    const shared = hits.map((hit) => ({
      need: hit.need,
      partner: hit.partnerStems.map((stem) => words.get(stem) ?? stem).join(" "),
      via: hit.via,
    }));
    const parts = item.match.parts.map((part) => (part.key === "text" ? { ...part, words: shared } : part));
    return { ...item, match: { ...item.match, parts }, decision: decision ? presentDecision(decision) : null };
  });
}

/** What both lists of a need's ranking share: the need read and planned once, and the agents' decisions. */
async function loadRanking(db: Db, actor: Actor, needId: string, options: MatchingOptions) {
  const [context, decisions] = await Promise.all([
    loadMatchingContext(db, actor, needId, options),
    listDecisions(db, needId),
  ]);
  return { context, decided: new Map(decisions.map((row) => [row.organisation_id, row])) };
}

/** The need's best partners, each score broken into readable parts, with the agent's decisions. */
export async function rankPartners(
  db: Db,
  actor: Actor,
  needId: string,
  limit = TOP_PARTNERS,
  options: MatchingOptions = DEFAULT_MATCHING_OPTIONS,
): Promise<RankedPartner[]> {
  const { context, decided } = await loadRanking(db, actor, needId, options);
  return rankAmong(db, context, decided, limit, PARTNER_KINDS);
}

/** The need's best knowledge institutions, ranked on their own so they are not crowded out by companies. */
export async function rankKnowledgeInstitutions(
  db: Db,
  actor: Actor,
  needId: string,
  limit = TOP_KNOWLEDGE_INSTITUTIONS,
  options: MatchingOptions = DEFAULT_MATCHING_OPTIONS,
): Promise<RankedPartner[]> {
  const { context, decided } = await loadRanking(db, actor, needId, options);
  return rankAmong(db, context, decided, limit, ["knowledge_institution"]);
}

/**
 * GET /api/needs/:id/partners: the best partners, the best knowledge institutions on their own,
 * and a notice when the need's text has no word any partner could share (matching then rests on
 * competences, care area and region alone). The need is read and planned once for both lists.
 */
export async function partnerRanking(db: Db, actor: Actor, needId: string): Promise<PartnerRanking> {
  const { context, decided } = await loadRanking(db, actor, needId, DEFAULT_MATCHING_OPTIONS);
  const [partners, institutions, clusters] = await Promise.all([
    rankAmong(db, context, decided, TOP_PARTNERS, PARTNER_KINDS),
    rankAmong(db, context, decided, TOP_KNOWLEDGE_INSTITUTIONS, ["knowledge_institution"]),
    // A cluster brings a network together: worth proposing only where the need asks for one.
    context.network === null ? [] : rankAmong(db, context, decided, TOP_CLUSTERS, [...NETWORK_KINDS]),
  ]);
  return {
    items: partners,
    knowledgeInstitutions: institutions,
    clusters,
    network: context.network,
    notice: context.profile.termCount === 0 ? "too_little_text" : null,
  };
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
  const context = await loadMatchingContext(ctx.db, ctx.actor, needId, DEFAULT_MATCHING_OPTIONS);
  const partner = await getOrganisationKind(ctx.db, input.organisationId);
  if (!partner || !proposableKinds(context.network).includes(partner.kind)) {
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
  const [text, weights, thesaurus] = await Promise.all([
    readOrganisationTerms(db, organisationId),
    loadWeights(db),
    loadThesaurus(db),
  ]);
  const own = new Set(text.own);
  const partnerText = { own, codeTitles: new Set(text.all.filter((stem) => !own.has(stem))) };
  // Needs that use a word related to the organisation's are candidates too.
  const related = relationsOf(new Set(text.all), thesaurus).flatMap((relation) => relation.to.stems);
  const rows = await findNeedCandidates(db, {
    id: organisationId,
    careAreas: organisation.care_areas,
    terms: [...new Set([...text.all, ...related])],
  });
  const needTerms = rows.map((row) => row.terms.filter(isInformativeTerm));
  const relatedToNeeds = needTerms.flatMap((terms) =>
    relationsOf(new Set(terms), thesaurus).flatMap((r) => r.to.stems),
  );
  const corpus = await loadCorpus(db, [...new Set([...needTerms.flat(), ...relatedToNeeds])]);
  const scored = rows.map((row, index) => {
    const plan = planText(needTerms[index], corpus, thesaurus, DEFAULT_TEXT_OPTIONS);
    return {
      id: row.id,
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
          termCount: plan.reachable,
        },
        {
          kind: organisation.kind,
          sharedCompetenceNames: row.shared_competences,
          text: matchText(plan, partnerText, DEFAULT_TEXT_OPTIONS),
          careAreas: organisation.care_areas,
          regionCode: organisation.region_code,
          nationalReach: hasNationalReach(organisation.kind),
          isSme: isSme(organisation.kind, organisation.employee_band),
          collaborations: Number(row.collaborations),
        },
        weights,
      ),
    };
  });
  return rankCandidates(scored, limit).map(({ name, id: _id, ...rest }) => ({ title: name, ...rest }));
}
