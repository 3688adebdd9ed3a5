import {
  SAMSPIL_360,
  scoreAssessment,
  snapshotProfile,
  withholdSmallGroups,
  type RespondentGroup,
} from "../../domain/assessment/index.js";
import type { Dimension } from "../../domain/dimensions.js";
import { listQuestions, type AnswerPatch, type Response } from "../../domain/questionnaire/index.js";
import type { Db } from "../db/database.js";
import { insertAssessment, markClosed } from "../modules/assessments/assessments.repo.js";
import { insertRespondent, saveAnswers } from "../modules/assessments/respondents.repo.js";
import { hashToken, newToken } from "../platform/tokens.js";
import { loadDefaultAssessmentTemplate } from "./assessment-template.js";
import { backdateAssessment, backdateRespondentSubmission, hasSeedRows } from "./seed.repo.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A fictional respondent: their group, name, how they see each dimension (1–5), and a comment or two. */
interface DemoRespondent {
  group: RespondentGroup;
  name: string;
  level: number;
  /** Dimensions this respondent sees differently from their own usual level. */
  views?: Partial<Record<Dimension, number>>;
  comments?: Record<string, string>;
}

interface DemoAssessment {
  organisation: string;
  title: string;
  openedDaysAgo: number;
  closedDaysAgo: number;
  respondents: DemoRespondent[];
}

const DEMO_ASSESSMENTS: DemoAssessment[] = [
  {
    organisation: "Hjemmeplejen Aarhus Syd",
    title: "Innovationsvurdering 2025",
    openedDaysAgo: 400,
    closedDaysAgo: 370,
    respondents: [
      { group: "management", name: "Hanne Lauridsen", level: 3, views: { strategy: 2, business_development: 2 } },
      { group: "staff", name: "Peter Juul", level: 2, views: { technology: 2, implementation: 1 } },
      { group: "staff", name: "Amina Hassan", level: 2, views: { competences: 1 } },
      { group: "citizens", name: "Ruth Andersen", level: 3, views: { user_involvement: 2 } },
      { group: "partners", name: "Kasper Bech", level: 3, views: { market_development: 2 } },
    ],
  },
  {
    organisation: "Hjemmeplejen Aarhus Syd",
    title: "Innovationsvurdering 2026",
    openedDaysAgo: 40,
    closedDaysAgo: 10,
    respondents: [
      {
        group: "management",
        name: "Hanne Lauridsen",
        level: 4,
        views: { market_development: 3, business_development: 3 },
        comments: {
          strat_comment:
            "Vi skal have én medarbejder til de forflytninger, der i dag kræver to, og vi skal kunne " +
            "dokumentere gevinsten.",
        },
      },
      { group: "management", name: "Søren Kjær", level: 4, views: { market_development: 2, business_development: 3 } },
      { group: "management", name: "Mette Dahl", level: 4, views: { market_development: 2, business_development: 3 } },
      {
        group: "staff",
        name: "Peter Juul",
        level: 4,
        views: { implementation: 2, competences: 3 },
        comments: {
          impl_comment:
            "Loftliften kom op, men vi fik kun en halv times instruktion, og ingen vidste, hvem vi " +
            "skulle ringe til, da den gik i stå.",
        },
      },
      {
        group: "staff",
        name: "Amina Hassan",
        level: 4,
        views: { implementation: 2, competences: 3 },
        comments: {
          tech_comment: "Tabletten til dokumentation er god, men netværket falder ud hos borgere på landet.",
        },
      },
      { group: "staff", name: "Jonas Mikkelsen", level: 4, views: { competences: 3, implementation: 3 } },
      {
        group: "citizens",
        name: "Ruth Andersen",
        level: 4,
        views: { user_involvement: 2 },
        comments: {
          user_comment:
            "At jeg bliver spurgt, før der kommer noget nyt op i mit hjem, og at nogen viser mig, hvordan det virker.",
        },
      },
      { group: "citizens", name: "Erik Poulsen (pårørende)", level: 4, views: { user_involvement: 2 } },
      { group: "citizens", name: "Karen Nielsen", level: 4, views: { user_involvement: 3 } },
      { group: "partners", name: "Kasper Bech", level: 4, views: { market_development: 3, business_development: 3 } },
      { group: "partners", name: "Louise Krogh", level: 4, views: { market_development: 3 } },
      { group: "partners", name: "Mads Friis", level: 4, views: { market_development: 2, business_development: 3 } },
    ],
  },
  {
    organisation: "Hjemmeplejen Odense Nord",
    title: "Innovationsvurdering 2026",
    openedDaysAgo: 80,
    closedDaysAgo: 50,
    respondents: [
      { group: "management", name: "Lise Møller", level: 4, views: { market_development: 4 } },
      { group: "staff", name: "Anders Holm", level: 3, views: { competences: 4 } },
      { group: "staff", name: "Fatima Ali", level: 3 },
      { group: "citizens", name: "Bent Olsen", level: 4 },
    ],
  },
];

/**
 * Answers around the respondent's view of each dimension, a step up or down on some questions, with a «Ved ikke» now
 * and then.
 */
function answersOf(respondent: DemoRespondent, seed: number): AnswerPatch {
  const answers: AnswerPatch = {};
  const perSection = new Map<string, number>();
  listQuestions(SAMSPIL_360, respondent.group).forEach(({ section, question }, index) => {
    if (question.type === "scale") {
      const base = respondent.views?.[section.key as Dimension] ?? respondent.level;
      const position = perSection.get(section.key) ?? 0;
      perSection.set(section.key, position + 1);
      const wobble = [0, 0, 1, -1, 0][position];
      answers[question.key] = (index + seed) % 11 === 7 ? "dont_know" : Math.min(5, Math.max(1, base + wobble));
    } else if (question.type === "text" && respondent.comments?.[question.key]) {
      answers[question.key] = respondent.comments[question.key];
    } else if (question.type === "multiple") {
      answers[question.key] = respondent.level >= 4 ? ["meeting", "demo"] : ["meeting"];
    }
  });
  return answers;
}

/**
 * Demo 360° assessments: two closed assessments of «Hjemmeplejen Aarhus Syd» a year apart (so the
 * latest compares with the one before) and one of «Hjemmeplejen Odense Nord» (for the programme
 * average), with fictional respondents across the groups. `ids` maps demo organisation names to
 * ids. Loads the default template first; does nothing when the organisations already have
 * assessments.
 */
export async function loadDemoAssessments(
  db: Db,
  demo: { ids: Map<string, string>; agentId: string | null },
): Promise<void> {
  const templateId = await loadDefaultAssessmentTemplate(db);
  if (!templateId || (await hasSeedRows(db, "assessments"))) {
    return;
  }
  for (const [assessmentIndex, assessment] of DEMO_ASSESSMENTS.entries()) {
    const organisationId = demo.ids.get(assessment.organisation);
    if (!organisationId) {
      throw new Error(`demo organisation ${assessment.organisation} missing for the demo assessments`);
    }
    const openedAt = new Date(Date.now() - assessment.openedDaysAgo * DAY_MS);
    const closedAt = new Date(Date.now() - assessment.closedDaysAgo * DAY_MS);
    const id = await insertAssessment(db, {
      organisationId,
      templateId,
      title: assessment.title,
      createdBy: demo.agentId,
    });
    const responses: Response[] = [];
    for (const [index, respondent] of assessment.respondents.entries()) {
      const respondentId = await insertRespondent(db, {
        assessmentId: id,
        audience: respondent.group,
        name: respondent.name,
        email: null,
        language: "da",
        tokenHash: hashToken(newToken()),
        expiresAt: closedAt,
        createdBy: demo.agentId,
      });
      const answers = answersOf(respondent, assessmentIndex * 7 + index);
      await saveAnswers(db, respondentId, answers);
      const submittedAt = new Date(openedAt.getTime() + (index + 1) * DAY_MS);
      await backdateRespondentSubmission(db, respondentId, submittedAt);
      responses.push({
        audience: respondent.group,
        answers: Object.fromEntries(
          Object.entries(answers).filter(
            (entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== null,
          ),
        ),
      });
    }
    await markClosed(db, id, snapshotProfile(withholdSmallGroups(scoreAssessment(SAMSPIL_360, responses))));
    await backdateAssessment(db, id, openedAt, closedAt);
  }
}
