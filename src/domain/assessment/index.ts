/**
 * The 360° innovation assessment: the respondent groups, the «Samspil 360» template, the
 * template rules on top of the questionnaire engine (`../questionnaire`), and the pure scoring:
 * dimension scores per group and overall, disagreement, gaps, comparison, radar data.
 */
export { DIMENSION_LABELS, GROUP_LABELS, RESPONDENT_GROUPS, type RespondentGroup } from "./groups.js";
export {
  AssessmentTemplateDefinition,
  TEMPLATE_STATUSES,
  TemplateCreate,
  TemplateKey,
  TemplateUpdate,
  type TemplateStatus,
} from "./template.js";
export { SAMSPIL_360, SAMSPIL_360_KEY } from "./samspil-360/index.js";
export {
  combineGroupScores,
  scoreAssessment,
  scoreQuestions,
  type AssessmentProfile,
  type DimensionScore,
  type GroupScore,
  type QuestionScore,
} from "./scoring.js";
export {
  findGaps,
  GAP_THRESHOLDS,
  measureDisagreement,
  rankDisagreement,
  type Disagreement,
  type Gap,
  type GapReason,
} from "./gaps.js";
export {
  averageSnapshots,
  buildRadar,
  compareSnapshots,
  OVERALL_LABEL,
  ProfileSnapshot,
  snapshotProfile,
  snapshotSeries,
  type DimensionDelta,
  type RadarData,
  type RadarSeries,
} from "./comparison.js";
export {
  findWithheldGroups,
  isTooFewToShow,
  MIN_GROUP_RESPONSES,
  withholdQuestionScores,
  withholdSmallGroups,
} from "./anonymity.js";
export {
  composeResults,
  type AssessmentResults,
  type Baseline,
  type ResultsInput,
  type WithheldReason,
} from "./results.js";
export { describeGapEvidence, type GapEvidenceInput } from "./evidence.js";
export * from "./inputs.js";
export * from "./respondent-list.js";
