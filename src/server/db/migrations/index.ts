import type { Migration } from "kysely";
import * as foundation from "./2026-11-23T1500-foundation.js";
import * as businessCases from "./2026-11-23T1600-business-cases.js";
import * as needsMatchingCalls from "./2026-11-23T1630-needs-matching-calls.js";
import * as assessments from "./2026-11-23T1700-assessments.js";
import * as processes from "./2026-11-23T1730-processes.js";
import * as livingLabFeedback from "./2026-11-23T1800-living-lab-feedback.js";
import * as organisationListIndex from "./2026-11-23T1900-organisation-list-index.js";
import * as organisationSearchSpeed from "./2026-11-23T2000-organisation-search-speed.js";
import * as auditIntegrity from "./2026-11-23T2020-audit-integrity.js";
import * as respondentErasure from "./2026-11-23T2100-respondent-erasure.js";
import * as userLanguage from "./2026-12-07T1000-user-language.js";
import * as loginAttempts from "./2026-12-07T1100-login-attempts.js";
import * as needCoOwners from "./2026-12-07T1200-need-co-owners.js";
import * as compoundWords from "./2026-12-07T1300-compound-words.js";
import * as seminars from "./2026-12-08T0100-seminars.js";
import * as outboxAttachments from "./2026-12-08T0110-outbox-attachments.js";
import * as disclosures from "./2026-12-08T0200-disclosures.js";
import * as knowledge from "./2026-12-08T0300-knowledge.js";
import * as programmeSettings from "./2026-12-08T0500-programme-settings.js";
import * as processInnovationTags from "./2026-12-08T0510-process-innovation-tags.js";
import * as outreach from "./2026-12-08T0600-outreach.js";
import * as scaleOut from "./2026-12-08T0700-scale-out.js";
import * as knowledgeSearchSpeed from "./2026-12-09T0300-knowledge-search-speed.js";
import * as companySignup from "./2026-12-09T0600-company-signup.js";
import * as seminarSurveys from "./2026-12-09T0200-seminar-surveys.js";
import * as auditKeyset from "./2026-12-09T0700-audit-keyset.js";
import * as businessCaseScenarios from "./2026-12-09T0800-business-case-scenarios.js";
import * as clusterKind from "./2026-12-10T0200-cluster-kind.js";
import * as needsNewestIndex from "./2026-12-10T0500-needs-newest-index.js";
import * as organisationTerms from "./2026-12-11T0300-organisation-terms.js";
import * as recomputeCompoundWords from "./2026-12-11T0400-recompute-compound-words.js";
import * as boundedSearchIndexes from "./2026-12-11T0500-bounded-search-indexes.js";
import * as listIndexes from "./2026-12-11T0510-list-indexes.js";
import * as seminarPlacesTaken from "./2026-12-12T0100-seminar-places-taken.js";
import * as organisationNameKeys from "./2026-12-12T0200-organisation-name-keys.js";
import * as needTitleKeys from "./2026-12-12T0210-need-title-keys.js";
import * as needTerms from "./2026-12-12T0300-need-terms.js";
import * as fundingRollingAndGuidance from "./2026-12-12T0400-funding-rolling-and-guidance.js";
import * as organisationSearchVector from "./2026-12-13T0100-organisation-search-vector.js";
import * as processesPageIndex from "./2026-12-13T0110-processes-page-index.js";
import * as nameKeyFilters from "./2026-12-13T0200-name-key-filters.js";

/** Every migration, keyed by its timestamped name; the migrator runs them in name order. */
export const migrations: Record<string, Migration> = {
  "2026-11-23T1500-foundation": foundation,
  "2026-11-23T1600-business-cases": businessCases,
  "2026-11-23T1630-needs-matching-calls": needsMatchingCalls,
  "2026-11-23T1700-assessments": assessments,
  "2026-11-23T1730-processes": processes,
  "2026-11-23T1800-living-lab-feedback": livingLabFeedback,
  "2026-11-23T1900-organisation-list-index": organisationListIndex,
  "2026-11-23T2000-organisation-search-speed": organisationSearchSpeed,
  "2026-11-23T2020-audit-integrity": auditIntegrity,
  "2026-11-23T2100-respondent-erasure": respondentErasure,
  "2026-12-07T1000-user-language": userLanguage,
  "2026-12-07T1100-login-attempts": loginAttempts,
  "2026-12-07T1200-need-co-owners": needCoOwners,
  "2026-12-07T1300-compound-words": compoundWords,
  "2026-12-08T0100-seminars": seminars,
  "2026-12-08T0110-outbox-attachments": outboxAttachments,
  "2026-12-08T0200-disclosures": disclosures,
  "2026-12-08T0300-knowledge": knowledge,
  "2026-12-08T0500-programme-settings": programmeSettings,
  "2026-12-08T0510-process-innovation-tags": processInnovationTags,
  "2026-12-08T0600-outreach": outreach,
  "2026-12-08T0700-scale-out": scaleOut,
  "2026-12-09T0300-knowledge-search-speed": knowledgeSearchSpeed,
  "2026-12-09T0600-company-signup": companySignup,
  "2026-12-09T0200-seminar-surveys": seminarSurveys,
  "2026-12-09T0700-audit-keyset": auditKeyset,
  "2026-12-09T0800-business-case-scenarios": businessCaseScenarios,
  "2026-12-10T0200-cluster-kind": clusterKind,
  "2026-12-10T0500-needs-newest-index": needsNewestIndex,
  "2026-12-11T0300-organisation-terms": organisationTerms,
  "2026-12-11T0400-recompute-compound-words": recomputeCompoundWords,
  "2026-12-11T0500-bounded-search-indexes": boundedSearchIndexes,
  "2026-12-11T0510-list-indexes": listIndexes,
  "2026-12-12T0100-seminar-places-taken": seminarPlacesTaken,
  "2026-12-12T0200-organisation-name-keys": organisationNameKeys,
  "2026-12-12T0210-need-title-keys": needTitleKeys,
  "2026-12-12T0300-need-terms": needTerms,
  "2026-12-12T0400-funding-rolling-and-guidance": fundingRollingAndGuidance,
  "2026-12-13T0100-organisation-search-vector": organisationSearchVector,
  "2026-12-13T0110-processes-page-index": processesPageIndex,
  "2026-12-13T0200-name-key-filters": nameKeyFilters,
};
