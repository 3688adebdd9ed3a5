import { randomUUID } from "node:crypto";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDefaultAssessmentTemplate } from "../seed/assessment-template.js";
import { buildCompetence, buildNeed } from "../test-support/factories.js";
import { createUser, signIn, type Client } from "../test-support/harness.js";
import {
  createBusinessCaseWorld,
  createSecretCase,
  type BusinessCaseWorld,
} from "../test-support/worlds/business-cases.js";

/**
 * Every route the app registers is either public or decided here: who may call it. A route added without a
 * row fails the inventory test with its name, so nobody can add an endpoint without deciding its callers.
 *
 * The cast (one app, fixtures made once):
 * - admin (programme manager), agent;
 * - unit: a member of the public unit that owns the need, the process (need owner), the assessment and the
 *   business case (public side);
 * - company: a member of the company that is a developer in the process, offers on the call and is the
 *   company side of the business case;
 * - outsider: a member of a competing company that takes part in nothing.
 *
 * For each row: no session → 401; each principal not in `allow` → the row's `deny` status (403 by default;
 * 404 where the API hides that the thing exists); each principal in `allow` → neither 401 nor 403.
 */

type Principal = "admin" | "agent" | "unit" | "company" | "outsider";
const PRINCIPALS: Principal[] = ["admin", "agent", "unit", "company", "outsider"];
const ALL = PRINCIPALS;
const STAFF: Principal[] = ["admin", "agent"];
const ADMIN: Principal[] = ["admin"];
/** Staff-only actions on a thing the unit may see: the unit hears 403, everyone else 404. */
const HIDDEN_FROM_OUTSIDERS = { unit: 403, company: 404, outsider: 404 };

interface Fixtures {
  needId: string;
  callNeedId: string;
  processId: string;
  callId: string;
  offerId: string;
  assessmentId: string;
  respondentId: string;
  templateId: string;
  businessCaseId: string;
  fundingProgrammeId: string;
  competenceId: string;
  unitOrganisationId: string;
  companyOrganisationId: string;
  /** An organisation none of the principals belongs to (added to and removed from the process). */
  bystanderOrganisationId: string;
  victimUserId: string;
  /** A draft case between the unit and the company. */
  knowledgeId: string;
  /** A contact in the outreach log, logged by the agent. */
  contactId: string;
}

interface Row {
  /** Method and URL exactly as registered: `GET /api/needs/:id`. */
  route: string;
  allow: Principal[];
  /** Status for a refused principal: one number for all, or per principal (the rest get 403). */
  deny?: number | Partial<Record<Principal, number>>;
  /** Fills the path parameters. */
  path: (f: Fixtures) => string;
  body?: (f: Fixtures) => unknown;
  /** Sends a multipart upload with one file of this name instead of a JSON body. */
  upload?: string;
  /** Each allowed principal calls with a fresh session of its own (the route ends the session). */
  freshSession?: true;
  /** Why a random id is used, where it is (allowed callers then get 404). */
  note?: string;
}

/** A case between the unit and the company: both must approve it. */
const knowledgeFacts = (f: Pick<Fixtures, "unitOrganisationId" | "companyOrganisationId">) => ({
  status: "pilot",
  parties: [
    { organisationId: f.unitOrganisationId, name: "Enheden", side: "public", role: "initiator" },
    { organisationId: f.companyOrganisationId, name: "LøfteLet", side: "company", role: "collaborator" },
  ],
});
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const random = () => randomUUID();

const TABLE: Row[] = [
  // auth and users
  { route: "POST /api/auth/logout", allow: ALL, path: () => "/api/auth/logout", freshSession: true },
  { route: "GET /api/me", allow: ALL, path: () => "/api/me" },
  { route: "GET /api/me/export", allow: ALL, path: () => "/api/me/export" },
  { route: "PUT /api/me/language", allow: ALL, path: () => "/api/me/language", body: () => ({ language: "da" }) },
  { route: "GET /api/users", allow: ADMIN, path: () => "/api/users" },
  {
    route: "POST /api/users",
    allow: ADMIN,
    path: () => "/api/users",
    body: () => ({ email: `new-${random()}@test.example`, name: "Ny agent", role: "agent" }),
  },
  {
    route: "PATCH /api/users/:id",
    allow: ADMIN,
    path: (f) => `/api/users/${f.victimUserId}`,
    body: () => ({ name: "Omdøbt" }),
  },
  { route: "GET /api/users/:id/export", allow: ADMIN, path: (f) => `/api/users/${f.victimUserId}/export` },
  { route: "POST /api/users/:id/invitation", allow: ADMIN, path: (f) => `/api/users/${f.victimUserId}/invitation` },
  { route: "DELETE /api/users/:id", allow: ADMIN, path: (f) => `/api/users/${f.victimUserId}` },

  // reference data and organisations (the organisation directory is open to every signed-in user)
  { route: "GET /api/competences", allow: ALL, path: () => "/api/competences" },
  {
    route: "POST /api/competences",
    allow: STAFF,
    path: () => "/api/competences",
    body: () => ({ nameDa: `Kompetence ${random().slice(0, 8)}`, nameEn: "New competence" }),
  },
  {
    route: "PATCH /api/competences/:id",
    allow: STAFF,
    path: (f) => `/api/competences/${f.competenceId}`,
    body: () => ({ nameDa: "Omdøbt kompetence" }),
  },
  { route: "GET /api/organisations", allow: ALL, path: () => "/api/organisations" },
  {
    route: "POST /api/organisations",
    allow: STAFF,
    path: () => "/api/organisations",
    body: () => ({ kind: "company", name: `Ny virksomhed ${random().slice(0, 6)}`, municipalityCode: "0751" }),
  },
  { route: "GET /api/organisations/:id", allow: ALL, path: (f) => `/api/organisations/${f.unitOrganisationId}` },
  {
    route: "GET /api/organisations/:id/story",
    allow: ALL,
    path: (f) => `/api/organisations/${f.unitOrganisationId}/story`,
  },
  {
    route: "PATCH /api/organisations/:id",
    allow: ["admin", "agent", "unit"],
    path: (f) => `/api/organisations/${f.unitOrganisationId}`,
    body: () => ({ description: "Opdateret" }),
  },
  {
    route: "POST /api/organisations/import/preview",
    allow: STAFF,
    upload: "organisationer.csv",
    path: () => "/api/organisations/import/preview",
  },
  {
    route: "POST /api/organisations/import",
    allow: STAFF,
    upload: "organisationer.csv",
    path: () => "/api/organisations/import",
  },
  {
    route: "GET /api/organisations/import/:jobId",
    allow: ALL,
    deny: 404,
    path: () => `/api/organisations/import/${random()}`,
    note: "an import job lives in memory and belongs to its starter; any caller gets 404 for another's job",
  },
  { route: "GET /api/organisations/export", allow: ALL, path: () => "/api/organisations/export" },
  {
    route: "GET /api/organisations/:id/matching-needs",
    allow: STAFF,
    path: (f) => `/api/organisations/${f.unitOrganisationId}/matching-needs`,
  },

  // needs, matching, funding
  { route: "GET /api/needs", allow: ALL, path: () => "/api/needs" },
  {
    route: "POST /api/needs",
    allow: ["admin", "agent", "unit"],
    path: () => "/api/needs",
    body: (f) => ({
      ownerOrganisationId: f.unitOrganisationId,
      careArea: "home_care",
      title: "Et nyt behov",
      description: "Et behov oprettet af autorisationstesten.",
    }),
  },
  { route: "GET /api/needs/:id", allow: ["admin", "agent", "unit"], deny: 404, path: (f) => `/api/needs/${f.needId}` },
  {
    route: "PATCH /api/needs/:id",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/needs/${f.needId}`,
    body: () => ({ title: "Tunge forflytninger (rettet)" }),
  },
  {
    route: "GET /api/needs/:id/partners",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/needs/${f.needId}/partners`,
  },
  {
    route: "GET /api/needs/:id/shortlist",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/needs/${f.needId}/shortlist`,
  },
  {
    route: "POST /api/needs/:id/shortlist",
    allow: STAFF,
    path: (f) => `/api/needs/${f.needId}/shortlist`,
    body: (f) => ({ organisationId: f.companyOrganisationId, decision: "shortlisted", reason: "" }),
  },
  {
    route: "GET /api/needs/:id/funding",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/needs/${f.needId}/funding`,
  },
  { route: "GET /api/funding-programmes", allow: ALL, path: () => "/api/funding-programmes" },
  {
    route: "POST /api/funding-programmes",
    allow: STAFF,
    path: () => "/api/funding-programmes",
    body: () => ({ name: "Ny pulje", owner: "Fonden" }),
  },
  {
    route: "PUT /api/funding-programmes/:id",
    allow: STAFF,
    path: (f) => `/api/funding-programmes/${f.fundingProgrammeId}`,
    body: () => ({ name: "Omdøbt pulje", owner: "Fonden" }),
  },

  // open calls and offers (the need owner manages the call; a company sees its own offer)
  {
    route: "POST /api/needs/:id/calls",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/needs/${f.callNeedId}/calls`,
    body: () => ({ deadline: inDays(10) }),
  },
  { route: "GET /api/calls/:id/dialogue", allow: ALL, path: (f) => `/api/calls/${f.callId}/dialogue` },
  {
    route: "POST /api/calls/:id/dialogue",
    allow: ["admin", "agent", "unit"],
    path: (f) => `/api/calls/${f.callId}/dialogue`,
    body: () => ({ kind: "meeting", summary: "Dialogmøde", occurredAt: inDays(-1) }),
  },
  {
    route: "POST /api/calls/:id/offers",
    allow: ["company", "outsider"],
    path: (f) => `/api/calls/${f.callId}/offers`,
    body: () => ({ solutionText: "Vores løsning", priceIndication: "100.000 kr." }),
  },
  { route: "GET /api/calls/:id/offers", allow: ALL, path: (f) => `/api/calls/${f.callId}/offers` },
  {
    route: "GET /api/calls/:id/offers/export",
    allow: ["admin", "agent", "unit"],
    path: (f) => `/api/calls/${f.callId}/offers/export`,
  },
  {
    route: "GET /api/offers/:id",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/offers/${f.offerId}`,
  },
  {
    route: "GET /api/offers/:id/attachments",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/offers/${f.offerId}/attachments`,
  },
  {
    route: "POST /api/offers/:id/attachments",
    allow: ["company"],
    deny: { admin: 403, agent: 403, unit: 403, outsider: 404 },
    upload: "bilag.pdf",
    path: (f) => `/api/offers/${f.offerId}/attachments`,
  },
  {
    route: "GET /api/offers/:id/attachments/:attachmentId",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/offers/${f.offerId}/attachments/${random()}`,
    note: "random attachment id: allowed callers get 404, the outsider 404 for the offer itself",
  },
  {
    route: "POST /api/calls/:id/close",
    allow: ["admin", "agent", "unit"],
    path: (f) => `/api/calls/${f.callId}/close`,
    body: () => ({ chosenOfferId: null, reason: "Ingen tilbud valgt" }),
  },

  // assessment templates (the programme manager keeps them; agents read them)
  { route: "GET /api/assessment-templates", allow: STAFF, path: () => "/api/assessment-templates" },
  { route: "POST /api/assessment-templates", allow: ADMIN, path: () => "/api/assessment-templates" },
  {
    route: "GET /api/assessment-templates/:id",
    allow: STAFF,
    path: (f) => `/api/assessment-templates/${f.templateId}`,
  },
  {
    route: "PUT /api/assessment-templates/:id",
    allow: ADMIN,
    path: () => `/api/assessment-templates/${random()}`,
    note: "random id: a real edit of the default template would change other rows' fixtures",
  },
  {
    route: "POST /api/assessment-templates/:id/publish",
    allow: ADMIN,
    path: () => `/api/assessment-templates/${random()}/publish`,
    note: "random id: admin gets 404",
  },
  {
    route: "DELETE /api/assessment-templates/:id",
    allow: ADMIN,
    path: () => `/api/assessment-templates/${random()}`,
    note: "random id: admin gets 404",
  },

  // assessments: staff run them; the assessed unit (and its parent) reads them; others get 404
  { route: "GET /api/assessments", allow: ALL, path: () => "/api/assessments" },
  {
    route: "POST /api/assessments",
    allow: STAFF,
    path: () => "/api/assessments",
    body: (f) => ({ organisationId: f.unitOrganisationId, templateId: f.templateId, title: "Endnu en vurdering" }),
  },
  {
    route: "GET /api/assessments/:id",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/assessments/${f.assessmentId}`,
  },
  {
    route: "GET /api/assessments/:id/respondents",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/respondents`,
  },
  {
    route: "POST /api/assessments/:id/respondents",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/respondents`,
    body: () => ({ audience: "staff", name: "Respondent" }),
  },
  {
    route: "POST /api/assessments/:id/respondents/bulk/preview",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/respondents/bulk/preview`,
    body: () => ({ text: "Respondent;respondent@test.example;staff" }),
  },
  {
    route: "POST /api/assessments/:id/respondents/bulk/preview-file",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    upload: "respondenter.csv",
    path: (f) => `/api/assessments/${f.assessmentId}/respondents/bulk/preview-file`,
  },
  {
    route: "POST /api/assessments/:id/respondents/bulk",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/respondents/bulk`,
    body: () => ({ text: "Respondent;respondent@test.example;staff" }),
  },
  {
    route: "POST /api/assessments/:id/respondents/:respondentId/link",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/respondents/${f.respondentId}/link`,
  },
  {
    route: "POST /api/assessments/:id/respondents/:respondentId/erase",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/respondents/${f.respondentId}/erase`,
  },
  {
    route: "GET /api/assessments/:id/results",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/assessments/${f.assessmentId}/results`,
  },
  {
    route: "GET /api/assessments/:id/export.xlsx",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/assessments/${f.assessmentId}/export.xlsx`,
  },
  {
    route: "GET /api/assessments/:id/report",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/assessments/${f.assessmentId}/report`,
  },
  {
    route: "POST /api/assessments/:id/gaps/:dimension/need",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/gaps/technology/need`,
  },
  {
    route: "POST /api/assessments/:id/close",
    allow: STAFF,
    deny: HIDDEN_FROM_OUTSIDERS,
    path: (f) => `/api/assessments/${f.assessmentId}/close`,
  },

  // processes: participants see and work; the need owner and staff steer; others get 404
  { route: "GET /api/processes", allow: ALL, path: () => "/api/processes" },
  {
    route: "POST /api/processes",
    allow: STAFF,
    path: () => "/api/processes",
    body: (f) => ({ title: "Endnu et forløb", kind: "individual", needIds: [f.callNeedId] }),
  },
  {
    route: "GET /api/processes/:id",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}`,
  },
  {
    route: "GET /api/processes/:id/funding",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/funding`,
  },
  {
    route: "GET /api/processes/:id/innovation-tags",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/innovation-tags`,
  },
  {
    route: "PUT /api/processes/:id/innovation-tags",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/processes/${f.processId}/innovation-tags`,
    body: () => ({ innovationType: "process", novelty: "adapted", initiator: null, valueTypes: [], evaluation: null }),
  },
  {
    route: "PATCH /api/processes/:id",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/processes/${f.processId}`,
    body: () => ({ theme: "fra 2 til 1" }),
  },
  {
    route: "POST /api/processes/:id/participants",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/processes/${f.processId}/participants`,
    body: (f) => ({ organisationId: f.bystanderOrganisationId, role: "knowledge_partner" }),
  },
  {
    route: "DELETE /api/processes/:id/participants",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/processes/${f.processId}/participants`,
    body: (f) => ({ organisationId: f.bystanderOrganisationId, role: "knowledge_partner" }),
  },
  {
    route: "POST /api/processes/:id/gates",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/processes/${f.processId}/gates`,
    body: () => ({ phase: "needs_assessment", decision: "adjust", rationale: "Justering" }),
  },
  {
    route: "PUT /api/processes/:id/agreements/:item",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/processes/${f.processId}/agreements/ip`,
    body: () => ({ status: "settled", note: "Aftalt" }),
  },
  {
    route: "GET /api/processes/:id/agreement.docx",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/agreement.docx?model=udbudsfri_opi`,
  },
  {
    route: "POST /api/processes/:id/tasks",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/tasks`,
    body: () => ({ title: "En opgave" }),
  },
  {
    route: "PUT /api/processes/:id/tasks/:taskId",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/tasks/${random()}`,
    body: () => ({ title: "En opgave" }),
    note: "random task id: allowed callers get 404 for the task",
  },
  {
    route: "POST /api/processes/:id/test-plans",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/test-plans`,
    body: (f) => ({
      what: "Servicerobot",
      hypothesis: "Sparer tid",
      siteOrganisationId: f.unitOrganisationId,
      startsOn: "2027-01-01",
      endsOn: "2027-02-28",
    }),
  },
  {
    route: "POST /api/processes/:id/test-plans/:planId/feedback-links",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/test-plans/${random()}/feedback-links`,
    body: () => ({ audience: "staff" }),
    note: "random plan id: allowed callers get 404 for the plan",
  },
  {
    route: "GET /api/processes/:id/test-plans/:planId/feedback",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/test-plans/${random()}/feedback`,
    note: "random plan id: allowed callers get 404 for the plan",
  },
  {
    route: "GET /api/processes/:id/documents",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/documents`,
  },
  {
    route: "POST /api/processes/:id/documents",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    upload: "aftale.pdf",
    path: (f) => `/api/processes/${f.processId}/documents`,
  },
  {
    route: "GET /api/processes/:id/documents/:documentId",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/processes/${f.processId}/documents/${random()}`,
    note: "random document id: allowed callers get 404",
  },
  { route: "POST /api/admin/run-reminders", allow: ADMIN, path: () => "/api/admin/run-reminders" },

  // the equal-treatment record: the owner side records and exports; a company sees what it received
  {
    route: "GET /api/disclosures/:kind/:contextId",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/disclosures/process/${f.processId}`,
  },
  {
    route: "POST /api/disclosures/:kind/:contextId",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/disclosures/process/${f.processId}`,
    body: (f) => ({ title: "Plantegning", description: "Givet på mødet", recipientIds: [f.companyOrganisationId] }),
  },
  {
    route: "GET /api/disclosures/:kind/:contextId/pack/summary",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/disclosures/process/${f.processId}/pack/summary`,
  },
  {
    route: "GET /api/disclosures/:kind/:contextId/pack",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/disclosures/process/${f.processId}/pack`,
  },
  {
    route: "GET /api/disclosures/:kind/:contextId/:disclosureId/file",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/disclosures/process/${f.processId}/${random()}/file`,
    note: "random record id: allowed callers get 404 for the file",
  },
  {
    route: "GET /api/disclosures/:kind/:contextId",
    allow: ["admin", "agent", "unit"],
    deny: 404,
    path: (f) => `/api/disclosures/need/${f.needId}`,
    note: "a need: companies never see needs",
  },
  {
    route: "GET /api/disclosures/:kind/:contextId",
    allow: ALL,
    path: (f) => `/api/disclosures/call/${f.callId}`,
    note: "a call is public: a company that received nothing gets an empty list",
  },
  {
    route: "POST /api/disclosures/:kind/:contextId",
    allow: ["admin", "agent", "unit"],
    path: (f) => `/api/disclosures/call/${f.callId}`,
    body: (f) => ({ title: "Svar", description: "Loftshøjde 2,4 m", recipientIds: [f.companyOrganisationId] }),
    note: "a call: only its institution and staff record",
  },

  // notifications: each reads and marks only its own
  { route: "GET /api/notifications", allow: ALL, path: () => "/api/notifications" },
  {
    route: "POST /api/notifications/:id/read",
    allow: ALL,
    path: () => `/api/notifications/${random()}/read`,
    note: "random id: marks nothing (scoped to the caller)",
  },
  { route: "POST /api/notifications/read-all", allow: ALL, path: () => "/api/notifications/read-all" },

  // business cases: staff, the public party (and its parent) and the company party; others get 404
  { route: "GET /api/business-cases", allow: ALL, path: () => "/api/business-cases" },
  {
    route: "POST /api/business-cases",
    allow: ["admin", "agent", "unit"],
    path: () => "/api/business-cases",
    body: (f) => ({ title: "Ny business case", publicOrganisationId: f.unitOrganisationId }),
  },
  {
    route: "GET /api/business-cases/:id",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}`,
  },
  {
    route: "PATCH /api/business-cases/:id",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}`,
    body: () => ({ title: "Omdøbt business case" }),
  },
  {
    route: "GET /api/business-cases/:id/results",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}/results`,
  },
  {
    route: "POST /api/business-cases/:id/share-company-side",
    allow: ["admin", "agent", "company"],
    deny: { unit: 403, outsider: 404 },
    path: (f) => `/api/business-cases/${f.businessCaseId}/share-company-side`,
  },
  {
    route: "POST /api/business-cases/:id/unshare-company-side",
    allow: ["admin", "agent", "company"],
    deny: { unit: 403, outsider: 404 },
    path: (f) => `/api/business-cases/${f.businessCaseId}/unshare-company-side`,
  },
  {
    route: "POST /api/business-cases/:id/versions",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}/versions`,
    body: () => ({ comment: "Version fra autorisationstesten" }),
  },
  {
    route: "GET /api/business-cases/:id/versions",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}/versions`,
  },
  {
    route: "GET /api/business-cases/:id/versions/compare",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}/versions/compare?a=current&b=current`,
  },
  {
    route: "GET /api/business-cases/:id/export.xlsx",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}/export.xlsx`,
  },
  {
    route: "GET /api/business-cases/:id/report",
    allow: ["admin", "agent", "unit", "company"],
    deny: 404,
    path: (f) => `/api/business-cases/${f.businessCaseId}/report`,
  },

  // programme follow-up (members see their own part only; the settings are the programme manager's)
  { route: "GET /api/programme/dashboard", allow: STAFF, path: () => "/api/programme/dashboard" },
  {
    route: "GET /api/programme/indicators/:code/evidence",
    allow: STAFF,
    path: () => "/api/programme/indicators/pilot_smes/evidence",
  },
  { route: "GET /api/programme/export.xlsx", allow: STAFF, path: () => "/api/programme/export.xlsx" },
  { route: "GET /api/programme/export.csv", allow: STAFF, path: () => "/api/programme/export.csv" },
  { route: "GET /api/programme/mine", allow: ["unit", "company", "outsider"], path: () => "/api/programme/mine" },
  { route: "GET /api/programme/settings", allow: ADMIN, path: () => "/api/programme/settings" },
  {
    route: "PUT /api/programme/settings",
    allow: ADMIN,
    path: () => "/api/programme/settings",
    body: () => ({ name: "OPI", startsOn: "2026-01-01", endsOn: "2028-12-31", indicators: [] }),
  },
  // seminars (staff); a random seminar id: allowed callers reach the existence check (404), others are refused first
  ...(
    [
      ["POST /api/seminars", () => "/api/seminars", () => ({})],
      ["PATCH /api/seminars/:id", () => `/api/seminars/${random()}`, () => ({ title: "Nyt" })],
      ["POST /api/seminars/:id/status", () => `/api/seminars/${random()}/status`, () => ({ status: "published" })],
      ["GET /api/seminars/:id/registrations", () => `/api/seminars/${random()}/registrations`],
      ["GET /api/seminars/:id/registrations/export", () => `/api/seminars/${random()}/registrations/export?format=csv`],
      [
        "POST /api/seminars/:id/registrations/:registrationId/attendance",
        () => `/api/seminars/${random()}/registrations/${random()}/attendance`,
        () => ({ present: true }),
      ],
      [
        "POST /api/seminars/:id/walk-ins",
        () => `/api/seminars/${random()}/walk-ins`,
        () => ({ name: "Gæst", side: "other" }),
      ],
      ["POST /api/seminars/:id/no-shows", () => `/api/seminars/${random()}/no-shows`],
      ["GET /api/seminars/:id/invitations", () => `/api/seminars/${random()}/invitations`],
      [
        "POST /api/seminars/:id/invitations",
        () => `/api/seminars/${random()}/invitations`,
        () => ({ name: "Inviteret", email: "inv@test.example", side: "company" }),
      ],
      ["GET /api/seminars/:id/outcomes", () => `/api/seminars/${random()}/outcomes`],
      [
        "POST /api/seminars/:id/outcomes",
        () => `/api/seminars/${random()}/outcomes`,
        () => ({ kind: "idea", text: "En idé" }),
      ],
      [
        "POST /api/seminars/:id/outcomes/:outcomeId/need",
        () => `/api/seminars/${random()}/outcomes/${random()}/need`,
        () => ({}),
      ],
      ["GET /api/seminars/:id/report", () => `/api/seminars/${random()}/report`],
      // registration questions and survey results (seminar-survey)
      ["PUT /api/seminars/:id/questions", () => `/api/seminars/${random()}/questions`, () => ({ questions: [] })],
      ["GET /api/seminars/:id/survey-results", () => `/api/seminars/${random()}/survey-results`],
    ] as [string, () => string, (() => unknown)?][]
  ).map(([route, path, body]): Row => ({
    route,
    allow: STAFF,
    path,
    body,
    note: "random seminar id",
  })),
  // the outreach log (agents and the programme manager; members never see it) and the home page per role
  { route: "GET /api/outreach", allow: STAFF, path: () => "/api/outreach" },
  {
    route: "POST /api/outreach",
    allow: STAFF,
    path: () => "/api/outreach",
    body: (f) => ({ occurredOn: inDays(-1).slice(0, 10), kind: "visit", organisationIds: [f.unitOrganisationId] }),
  },
  { route: "GET /api/outreach/:id", allow: STAFF, path: (f) => `/api/outreach/${f.contactId}` },
  {
    route: "PATCH /api/outreach/:id",
    allow: STAFF,
    path: (f) => `/api/outreach/${f.contactId}`,
    body: () => ({ notes: "Ringede igen" }),
  },
  { route: "GET /api/me/home", allow: ALL, path: () => "/api/me/home" },

  // company sign-up: the person's own request; staff decide the links
  { route: "GET /api/signup/mine", allow: ALL, path: () => "/api/signup/mine" },
  { route: "GET /api/signup-requests", allow: STAFF, path: () => "/api/signup-requests" },
  {
    route: "POST /api/signup-requests/:id/approve",
    allow: STAFF,
    path: () => `/api/signup-requests/${random()}/approve`,
    note: "a random id: staff pass the role check and hear 404",
  },
  {
    route: "POST /api/signup-requests/:id/reject",
    allow: STAFF,
    path: () => `/api/signup-requests/${random()}/reject`,
    body: () => ({ reason: "Kender ikke virksomheden" }),
    note: "a random id: staff pass the role check and hear 404",
  },

  // operations
  { route: "GET /api/audit", allow: ADMIN, path: () => "/api/audit" },
  { route: "GET /api/audit/export.csv", allow: ADMIN, path: () => "/api/audit/export.csv" },
  { route: "GET /api/outbox", allow: ADMIN, path: () => "/api/outbox" },
  // knowledge base: reading is public (not listed); editors are staff; the case's organisations approve
  {
    route: "POST /api/knowledge",
    allow: STAFF,
    path: () => "/api/knowledge",
    body: () => ({ kind: "method", title: `Metode ${random().slice(0, 6)}`, summary: "Kort", facts: {} }),
  },
  {
    route: "POST /api/knowledge/from-process",
    allow: STAFF,
    path: () => "/api/knowledge/from-process",
    body: (f) => ({ processId: f.processId }),
  },
  {
    route: "PUT /api/knowledge/:id",
    allow: STAFF,
    path: (f) => `/api/knowledge/${f.knowledgeId}`,
    body: (f) => ({ title: "Loftlifte", summary: "Kort", facts: knowledgeFacts(f), comment: "Rettet" }),
  },
  {
    route: "POST /api/knowledge/:id/state",
    allow: STAFF,
    path: (f) => `/api/knowledge/${f.knowledgeId}/state`,
    body: () => ({ to: "in_review" }),
  },
  {
    route: "POST /api/knowledge/:id/approvals/:organisationId",
    allow: ["admin", "agent", "unit"],
    deny: { company: 403, outsider: 404 },
    path: (f) => `/api/knowledge/${f.knowledgeId}/approvals/${f.unitOrganisationId}`,
    body: () => ({}),
  },
  {
    route: "POST /api/knowledge/:id/links",
    allow: STAFF,
    path: (f) => `/api/knowledge/${f.knowledgeId}/links`,
    body: (f) => ({ targetKind: "process", targetId: f.processId }),
  },
  {
    route: "POST /api/knowledge/:id/files",
    allow: STAFF,
    upload: "skabelon.txt",
    path: (f) => `/api/knowledge/${f.knowledgeId}/files`,
  },
  {
    route: "POST /api/knowledge/:id/adoptions",
    allow: STAFF,
    path: (f) => `/api/knowledge/${f.knowledgeId}/adoptions`,
    body: () => ({ areaCode: "0751", level: "considering" }),
  },
];

/** Routes outside /api: probes that answer without a session (no session logic runs there). */
const PROBES = ["GET /health", "GET /ready"];

/** Public routes to call anonymously, with parameters filled (a public route must not answer 401). */
const PUBLIC_SAMPLES: Record<string, (f: Fixtures) => InjectOptions> = {
  "POST /api/auth/login": () => ({
    method: "POST",
    url: "/api/auth/login",
    payload: { email: "x@y.dk", password: "x" },
  }),
  "GET /api/invitations/:token": () => ({ method: "GET", url: "/api/invitations/not-a-token" }),
  "POST /api/invitations/accept": () => ({ method: "POST", url: "/api/invitations/accept", payload: {} }),
  "POST /api/signup": () => ({ method: "POST", url: "/api/signup", payload: {} }),
  "POST /api/signup/confirm": () => ({ method: "POST", url: "/api/signup/confirm", payload: {} }),
  "GET /api/calls/:id": (f) => ({ method: "GET", url: `/api/calls/${f.callId}` }),
  "GET /api/respond/:token": () => ({ method: "GET", url: "/api/respond/not-a-token" }),
  "PUT /api/respond/:token/answers": () => ({ method: "PUT", url: "/api/respond/not-a-token/answers", payload: {} }),
  "POST /api/respond/:token/submit": () => ({ method: "POST", url: "/api/respond/not-a-token/submit" }),
  "GET /api/feedback/:token": () => ({ method: "GET", url: "/api/feedback/not-a-token" }),
  "POST /api/feedback/:token": () => ({ method: "POST", url: "/api/feedback/not-a-token", payload: {} }),
  "GET /api/docs/static/*": () => ({ method: "GET", url: "/api/docs/static/index.html" }),
  "GET /api/public/programme": () => ({ method: "GET", url: "/api/public/programme" }),
  "POST /api/seminars/:id/registrations": () => ({
    method: "POST",
    url: `/api/seminars/${randomUUID()}/registrations`,
    payload: { name: "Anne", email: "anne@test.example", side: "public" },
  }),
  // The seminar registration's organisation typeahead: anonymous, names only (lookup.test.ts checks the fields).
  "GET /api/organisations/lookup": () => ({ method: "GET", url: "/api/organisations/lookup?q=Aarhus" }),
};

let world: BusinessCaseWorld;
let fixtures: Fixtures;
let clients: Record<Principal, Client>;

function organisationOf(principal: Principal): string | null {
  switch (principal) {
    case "unit":
      return world.publicOrganisationId;
    case "company":
      return world.companyOrganisationId;
    case "outsider":
      return world.competitorOrganisationId;
    default:
      return null;
  }
}

const roleOf = (principal: Principal): "admin" | "agent" | "member" =>
  principal === "admin" || principal === "agent" ? principal : "member";

async function created(response: LightMyRequestResponse, what: string): Promise<string> {
  if (response.statusCode !== 201 && response.statusCode !== 200) {
    throw new Error(`fixture ${what}: ${response.statusCode} ${response.body}`);
  }
  const body = response.json<{ id?: string; respondent?: { id: string } }>();
  return (body.respondent?.id ?? body.id) as string;
}

beforeAll(async () => {
  world = await createBusinessCaseWorld();
  const { db } = world.test;
  clients = {
    admin: world.admin,
    agent: world.agent,
    unit: world.publicMember,
    company: world.companyMember,
    outsider: world.competitor,
  };
  const templateId = (await loadDefaultAssessmentTemplate(db)) as string;
  const needId = await buildNeed(db, { ownerOrganisationId: world.publicOrganisationId });
  const callNeedId = await buildNeed(db, { ownerOrganisationId: world.publicOrganisationId, title: "Natlig uro" });
  const processId = await created(
    await world.agent.request({
      method: "POST",
      url: "/api/processes",
      payload: {
        title: "Loftlifte",
        kind: "network",
        needIds: [needId],
        participants: [{ organisationId: world.companyOrganisationId, role: "developer" }],
      },
    }),
    "process",
  );
  const callId = await created(
    await world.publicMember.request({
      method: "POST",
      url: `/api/needs/${callNeedId}/calls`,
      payload: { deadline: inDays(14) },
    }),
    "call",
  );
  const offerId = await created(
    await world.companyMember.request({
      method: "POST",
      url: `/api/calls/${callId}/offers`,
      payload: { solutionText: "Loftlift med sensor", priceIndication: "120.000 kr." },
    }),
    "offer",
  );
  const assessmentId = await created(
    await world.agent.request({
      method: "POST",
      url: "/api/assessments",
      payload: { organisationId: world.publicOrganisationId, templateId, title: "Vurdering" },
    }),
    "assessment",
  );
  const respondentId = await created(
    await world.agent.request({
      method: "POST",
      url: `/api/assessments/${assessmentId}/respondents`,
      payload: { audience: "staff", name: "Respondent" },
    }),
    "respondent",
  );
  const fundingProgrammeId = await created(
    await world.agent.request({
      method: "POST",
      url: "/api/funding-programmes",
      payload: { name: "Velfærdsteknologipuljen", owner: "Sundhedsministeriet" },
    }),
    "funding programme",
  );
  fixtures = {
    needId,
    callNeedId,
    processId,
    callId,
    offerId,
    assessmentId,
    respondentId,
    templateId,
    businessCaseId: await createSecretCase(world),
    fundingProgrammeId,
    competenceId: await buildCompetence(db, "loftlifte-auth", "Loftlifte"),
    unitOrganisationId: world.publicOrganisationId,
    companyOrganisationId: world.companyOrganisationId,
    bystanderOrganisationId: world.otherMunicipalityId,
    victimUserId: (await createUser(db, { role: "member", organisationId: world.competitorOrganisationId })).id,
    knowledgeId: await created(
      await world.agent.request({
        method: "POST",
        url: "/api/knowledge",
        payload: {
          kind: "case",
          title: "Loftlifte",
          summary: "Kort",
          facts: knowledgeFacts({
            unitOrganisationId: world.publicOrganisationId,
            companyOrganisationId: world.companyOrganisationId,
          }),
        },
      }),
      "knowledge entry",
    ),
    contactId: await created(
      await world.agent.request({
        method: "POST",
        url: "/api/outreach",
        payload: { occurredOn: inDays(-2).slice(0, 10), kind: "call", organisationIds: [world.publicOrganisationId] },
      }),
      "outreach contact",
    ),
  };
});

afterAll(async () => {
  await world?.test.close();
});

const [tableMethod, tableUrl] = [(row: Row) => row.route.split(" ")[0], (row: Row) => row.route.split(" ")[1]];

function requestFor(row: Row): InjectOptions {
  const method = tableMethod(row) as InjectOptions["method"];
  const options: InjectOptions = { method, url: row.path(fixtures) };
  if (row.upload) {
    const boundary = "----samspil-authorization-boundary";
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
      `filename="${row.upload}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    options.payload = Buffer.concat([
      Buffer.from(head),
      Buffer.from("cvr;navn\r\n"),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    options.headers = { "content-type": `multipart/form-data; boundary=${boundary}` };
  } else if (row.body) {
    options.payload = row.body(fixtures) as InjectOptions["payload"];
  } else if (method !== "GET" && method !== "DELETE") {
    options.payload = {};
  }
  return options;
}

const denyStatus = (row: Row, principal: Principal): number =>
  typeof row.deny === "number" ? row.deny : (row.deny?.[principal] ?? 403);

describe("route inventory", () => {
  it("every registered route is public, a health probe, or has a row in the authorization table", () => {
    const decided = new Set([...TABLE.map((row) => row.route), ...PROBES]);
    const undecided = world.test.app.routeInventory
      .filter((route) => route.method !== "HEAD" && !route.public)
      .map((route) => `${route.method} ${route.url}`)
      .filter((route) => !decided.has(route));
    expect(undecided, "routes that are neither public nor in the authorization table").toEqual([]);
  });

  it("has no table row for a route that is not registered (or is public)", () => {
    const registered = new Set(
      world.test.app.routeInventory.filter((route) => !route.public).map((route) => `${route.method} ${route.url}`),
    );
    expect(TABLE.map((row) => row.route).filter((route) => !registered.has(route))).toEqual([]);
  });

  it("public routes and probes answer anonymous callers without 401", async () => {
    const publicRoutes = world.test.app.routeInventory.filter((route) => route.public && route.method !== "HEAD");
    const wrong: string[] = [];
    for (const route of [...publicRoutes.map((r) => `${r.method} ${r.url}`), ...PROBES]) {
      const [method, url] = route.split(" ");
      const sample = PUBLIC_SAMPLES[route]?.(fixtures) ?? { method: method as InjectOptions["method"], url };
      const response = await world.test.app.inject(sample);
      // The login's own 401 (wrong password) is an answer; the session gate's 401 is a refusal.
      if (response.statusCode === 401 && response.json<{ error?: string }>().error === "unauthorized") {
        wrong.push(`${route} → 401 ${response.body}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(publicRoutes.length).toBeGreaterThan(0);
  });
});

describe("authorization table", () => {
  for (const row of TABLE) {
    it(`${row.route}${row.note ? ` (${row.note})` : ""}`, async () => {
      const failures: string[] = [];
      const anonymous = await world.test.app.inject(requestFor(row));
      if (anonymous.statusCode !== 401) {
        failures.push(`no session → ${anonymous.statusCode}, expected 401`);
      }
      const refused = PRINCIPALS.filter((principal) => !row.allow.includes(principal));
      for (const principal of refused) {
        const response = await clients[principal].request(requestFor(row));
        // A 400 here is the order of checks, asserted on its own below; this test is about who may call.
        if (response.statusCode !== 400 && response.statusCode !== denyStatus(row, principal)) {
          failures.push(`${principal} → ${response.statusCode}, expected ${denyStatus(row, principal)}`);
        }
      }
      for (const principal of row.allow) {
        const client = row.freshSession
          ? await signIn(world.test, roleOf(principal), organisationOf(principal))
          : clients[principal];
        const response = await client.request(requestFor(row));
        if (response.statusCode === 401 || response.statusCode === 403) {
          failures.push(`${principal} (allowed) → ${response.statusCode} ${response.body.slice(0, 120)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  // A refused caller should hear 403/404 whatever it sends: a 400 first tells it what the route expects, and
  // means the route decides permission after validation. Each state-changing row, an empty body, one refused caller.
  it("refuses a caller before it validates the request body", async () => {
    const validatedFirst: string[] = [];
    for (const row of TABLE.filter((r) => ["POST", "PUT", "PATCH"].includes(tableMethod(r)) && !r.upload)) {
      const principal = PRINCIPALS.find((candidate) => !row.allow.includes(candidate));
      if (!principal) {
        continue;
      }
      const response = await clients[principal].request({ ...requestFor(row), payload: {} });
      if (response.statusCode === 400) {
        validatedFirst.push(`${row.route} as ${principal} → 400 ${response.body.slice(0, 80)}`);
      }
    }
    expect(validatedFirst).toEqual([]);
  });
});
