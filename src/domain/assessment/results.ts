import {
  collectTextAnswers,
  countChoices,
  indexQuestions,
  localize,
  type QuestionnaireDefinition,
  type Response,
} from "../questionnaire/index.js";
import type { Language } from "../validation.js";
import {
  buildRadar,
  compareSnapshots,
  snapshotProfile,
  snapshotSeries,
  type DimensionDelta,
  type ProfileSnapshot,
  type RadarData,
} from "./comparison.js";
import {
  findWithheldGroups,
  isTooFewToShow,
  MIN_GROUP_RESPONSES,
  withholdQuestionScores,
  withholdSmallGroups,
} from "./anonymity.js";
import { findGaps, rankDisagreement, type Disagreement, type Gap } from "./gaps.js";
import { scoreAssessment, scoreQuestions, type DimensionScore, type QuestionScore } from "./scoring.js";

export interface Baseline {
  snapshot: ProfileSnapshot;
  /** For the previous assessment: its id, title and when it closed. */
  assessmentId?: string;
  title?: string;
  closedAt?: string;
  /** For the programme average: how many assessments it averages. */
  assessments?: number;
}

export interface ResultsInput {
  definition: QuestionnaireDefinition;
  responses: readonly Response[];
  language: Language;
  previous: Baseline | null;
  programme: Baseline | null;
  /** Free texts only for those who may read them (agents, admin, the assessed organisation). */
  includeFreeText: boolean;
  /** Fewest respondents of a group whose figures are shown; `MIN_GROUP_RESPONSES` unless given. */
  minimumGroupSize?: number;
}

type Labelled<T> = T & { label: string };

export type WithheldReason = "too_few" | "protects_smaller";

export interface AssessmentResults {
  /** `withheld`: the group's own figures are not shown (anonymity, see `planDisclosure`). */
  groups: { key: string; label: string; responses: number; withheld: boolean }[];
  /**
   * `reason`: `too_few` answered in the group itself, or the group answered enough but is withheld
   * so that a smaller withheld group cannot be worked out from it and the overall (`protects_smaller`).
   */
  anonymity: {
    minimum: number;
    withheldGroups: { key: string; label: string; responses: number; reason: WithheldReason }[];
  };
  dimensions: Labelled<DimensionScore & { questions: Labelled<QuestionScore>[] }>[];
  radar: RadarData & { comparison: RadarData["series"] };
  disagreement: Labelled<Disagreement>[];
  gaps: Labelled<Gap>[];
  comparison: {
    previous: (Omit<Baseline, "snapshot"> & { deltas: DimensionDelta[] }) | null;
    programme: (Omit<Baseline, "snapshot"> & { deltas: DimensionDelta[] }) | null;
  };
  freeTexts:
    | {
        dimension: string;
        label: string;
        items: { questionKey: string; question: string; group: string; groupLabel: string; text: string }[];
      }[]
    | null;
  /** Per group that may be shown: a group with too few answers to a question is left out of it. */
  choices: {
    questionKey: string;
    dimension: string;
    question: string;
    options: { key: string; label: string; counts: Record<string, number> }[];
    respondents: Record<string, number>;
  }[];
}

/**
 * Everything the results page, the report and a need's evidence show, in the reader's language.
 * The overall scores count every answer (and are withheld when too few answered in all); what is shown
 * per group leaves out the groups (and the cells) with too few answers and those that would reveal them
 * by subtraction (`withholdSmallGroups`, `planDisclosure`).
 */
export function composeResults(input: ResultsInput): AssessmentResults {
  const { definition, responses, language } = input;
  const minimum = input.minimumGroupSize ?? MIN_GROUP_RESPONSES;
  const fullProfile = scoreAssessment(definition, responses);
  const withheldGroups = findWithheldGroups(fullProfile.responses, minimum);
  const profile = withholdSmallGroups(fullProfile, minimum);
  const snapshot = snapshotProfile(profile);
  const sectionLabel = (key: string) => {
    const section = definition.sections.find((item) => item.key === key);
    return section ? localize(section.title, language) : key;
  };
  const groupLabel = (key: string) => {
    const audience = definition.audiences.find((item) => item.key === key);
    return audience ? localize(audience.label, language) : key;
  };
  const questions = indexQuestions(definition);
  const questionText = (key: string) => {
    const entry = questions.get(key);
    return entry ? localize(entry.question.text, language) : key;
  };
  const questionScores = withholdQuestionScores(scoreQuestions(definition, responses), withheldGroups, minimum);
  const radar = buildRadar(profile, definition, language);
  const comparisonSeries = [
    ...(input.previous
      ? [
          snapshotSeries(
            input.previous.snapshot,
            radar.axes,
            "previous",
            language === "da" ? "Forrige vurdering" : "Previous assessment",
          ),
        ]
      : []),
    ...(input.programme
      ? [
          snapshotSeries(
            input.programme.snapshot,
            radar.axes,
            "programme",
            language === "da" ? "Programmets gennemsnit" : "Programme average",
          ),
        ]
      : []),
  ];
  const withDeltas = (baseline: Baseline | null) => {
    if (!baseline) {
      return null;
    }
    const { snapshot: base, ...about } = baseline;
    return { ...about, deltas: compareSnapshots(snapshot, base) };
  };
  return {
    groups: profile.groups.map((key) => ({
      key,
      label: groupLabel(key),
      responses: profile.responses[key] ?? 0,
      withheld: withheldGroups.includes(key),
    })),
    anonymity: {
      minimum,
      withheldGroups: withheldGroups.map((key) => ({
        key,
        label: groupLabel(key),
        responses: profile.responses[key] ?? 0,
        reason: isTooFewToShow(profile.responses[key] ?? 0, minimum) ? "too_few" : "protects_smaller",
      })),
    },
    dimensions: profile.dimensions.map((dimension) => ({
      ...dimension,
      label: sectionLabel(dimension.dimension),
      questions: questionScores
        .filter((score) => score.dimension === dimension.dimension)
        .map((score) => ({ ...score, label: questionText(score.key) })),
    })),
    radar: { ...radar, comparison: comparisonSeries },
    disagreement: rankDisagreement(profile).map((item) => ({ ...item, label: sectionLabel(item.dimension) })),
    gaps: findGaps(profile).map((gap) => ({ ...gap, label: sectionLabel(gap.dimension) })),
    comparison: { previous: withDeltas(input.previous), programme: withDeltas(input.programme) },
    freeTexts: input.includeFreeText
      ? collectTextAnswers(
          definition,
          responses.filter((response) => !withheldGroups.includes(response.audience)),
        ).map((group) => ({
          dimension: group.sectionKey,
          label: sectionLabel(group.sectionKey),
          items: group.items.map((item) => ({
            questionKey: item.questionKey,
            question: questionText(item.questionKey),
            group: item.audience,
            groupLabel: groupLabel(item.audience),
            text: item.text,
          })),
        }))
      : null,
    choices: countChoices(definition, responses).map((choice) => {
      const entry = questions.get(choice.questionKey);
      const options =
        entry && (entry.question.type === "single" || entry.question.type === "multiple") ? entry.question.options : [];
      const shown = Object.keys(choice.respondents).filter(
        (group) => !withheldGroups.includes(group) && !isTooFewToShow(choice.respondents[group], minimum),
      );
      return {
        questionKey: choice.questionKey,
        dimension: choice.sectionKey,
        question: questionText(choice.questionKey),
        respondents: Object.fromEntries(shown.map((group) => [group, choice.respondents[group]])),
        options: options.map((option) => ({
          key: option.key,
          label: localize(option.label, language),
          counts: Object.fromEntries(shown.map((group) => [group, choice.counts[group]?.[option.key] ?? 0])),
        })),
      };
    }),
  };
}
