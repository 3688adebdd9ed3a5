import { NeedCreate } from "../../domain/needs.js";
import { buildDefaultIndicators, type IndicatorCard } from "../../domain/programme/indicators.js";
import type { Db } from "../db/database.js";
import { defaultIndicatorSpecs } from "../modules/programme/default-indicators.js";
import { moveNeedStatus, insertNeedRecord } from "../modules/needs/needs.service.js";
import { backdateSeedRow, insertSeedProcesses, insertSeedRows } from "./seed.repo.js";

const PERIOD = { startsOn: "2026-01-01", endsOn: "2028-12-31" };
const TARGETS = { municipalities: 5, regionalInstitutions: 1, stateInstitutions: 1, smes: 25 };

/**
 * The demo programme's indicator cards: the defaults with milestones that tell the story — four
 * SMEs by the end of June (met early), three municipalities by the end of September (missed: the
 * third came later).
 */
export function demoProgrammeIndicators(): IndicatorCard[] {
  return buildDefaultIndicators(PERIOD, TARGETS, defaultIndicatorSpecs()).map((card) => {
    if (card.code === "pilot_municipalities") {
      return {
        ...card,
        milestones: [
          { on: "2026-09-30", target: 3 },
          { on: "2028-12-31", target: 5 },
        ],
      };
    }
    if (card.code === "pilot_smes") {
      return {
        ...card,
        milestones: [
          { on: "2026-06-30", target: 4 },
          { on: "2027-06-30", target: 15 },
          { on: "2028-12-31", target: 25 },
        ],
      };
    }
    return card;
  });
}

interface PilotSpec {
  title: string;
  kind: "individual" | "network";
  theme: string;
  /** Days before the seed's day that the partnership gate said «go». */
  goDaysAgo: number;
  owner: string;
  need: { title: string; description: string };
  others: [string, string][];
  tags: { innovation_type: string; novelty: string; initiator: string; value_types: string[]; evaluation: string };
}

/**
 * Four pilot projects past the partnership gate, beside the three processes of demo-processes.ts:
 * with them the dashboard reads 4 of 5 municipalities, 1 of 1 regional institution, 0 of 1 state
 * institution and 22 of 25 SMEs — a little short of the seed's targets, as a real programme a year
 * in would be.
 */
const PILOTS: PilotSpec[] = [
  {
    title: "Nattesensorer mod fald",
    kind: "network",
    theme: "tryghed om natten",
    goDaysAgo: 200,
    owner: "Hjemmeplejen Odense Nord",
    need: {
      title: "Færre fald om natten hos borgere i eget hjem",
      description: "Natteholdet opdager fald for sent. Vi vil afprøve sensorer, der varsler uden at overvåge borgeren.",
    },
    others: [
      ["Sensio Gulve ApS", "developer"],
      ["Faldalarm Danmark ApS", "developer"],
      ["TrygHjem Analytics ApS", "developer"],
      ["Inkontinens Sensor ApS", "developer"],
      ["OmsorgsData ApS", "developer"],
      ["LåsLet A/S", "developer"],
      ["Teknologisk Institut (DTI)", "evaluator"],
    ],
    tags: {
      innovation_type: "service_product",
      novelty: "adapted",
      initiator: "public_workplace",
      value_types: ["quality", "staff_satisfaction"],
      evaluation: "external",
    },
  },
  {
    title: "Robotter i plejecentrets hverdag",
    kind: "network",
    theme: "fra 2 til 1",
    goDaysAgo: 50,
    owner: "Ølby Ældrecenter",
    need: {
      title: "Hjælp til rengøring, madvogne og forflytning på plejecentret",
      description: "Medarbejderne bruger meget tid på opgaver, som robotter kan tage. Vi vil teste tre slags.",
    },
    others: [
      ["Aarhus Universitetshospital, Geriatrisk Afdeling", "test_site"],
      ["Robonær A/S", "developer"],
      ["Spiseven Robotics ApS", "developer"],
      ["Rengøringsrobotten ApS", "developer"],
      ["Madvogn Robot A/S", "developer"],
      ["RehabRobot ApS", "developer"],
      ["Hjælpemiddelhuset Nord ApS", "developer"],
    ],
    tags: {
      innovation_type: "process",
      novelty: "first",
      initiator: "agent",
      value_types: ["efficiency"],
      evaluation: "planned",
    },
  },
  {
    title: "Sansning og træning for borgere med demens",
    kind: "network",
    theme: "demens",
    goDaysAgo: 30,
    owner: "Hjemmeplejen Odense Nord",
    need: {
      title: "Meningsfulde aktiviteter for borgere med demens",
      description: "Borgere med demens mangler aktiviteter, der giver ro og træning. Vi vil prøve VR, lyd og lys.",
    },
    others: [
      ["DemensGuide ApS", "developer"],
      ["VR-Rummet ApS", "developer"],
      ["Lyd og Lys Sansning ApS", "developer"],
      ["KOL-Coach ApS", "developer"],
      ["Designværkstedet for Velfærd ApS", "developer"],
    ],
    tags: {
      innovation_type: "service_product",
      novelty: "copied",
      initiator: "company",
      value_types: ["quality", "citizen_involvement"],
      evaluation: "ongoing",
    },
  },
  {
    title: "Digital medicinhåndtering i hjemmeplejen",
    kind: "network",
    theme: "medicin",
    goDaysAgo: 10,
    owner: "Hjemmeplejen Viborg Midt",
    need: {
      title: "Færre fejl og mindre tid ved medicinhåndtering",
      description: "Dosering og registrering af medicin tager tid og giver fejl. Vi vil koble dosering og plan.",
    },
    others: [
      ["Medicindosis ApS", "developer"],
      ["TeleOmsorg A/S", "developer"],
      ["Plejeplan Software A/S", "developer"],
    ],
    tags: {
      innovation_type: "process",
      novelty: "adapted",
      initiator: "public_workplace",
      value_types: ["efficiency", "quality"],
      evaluation: "planned",
    },
  },
];

const PHASES_BEFORE_PARTNERSHIP = ["needs_assessment", "market_scan", "partnership"] as const;

export async function loadDemoPilots(
  db: Db,
  demo: { ids: Map<string, string>; agentId: string | null },
): Promise<void> {
  const org = (name: string) => {
    const id = demo.ids.get(name);
    if (!id) {
      throw new Error(`demo organisation missing: ${name}`);
    }
    return id;
  };
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  for (const pilot of PILOTS) {
    const needId = await insertNeedRecord(
      db,
      NeedCreate.parse({
        ownerOrganisationId: org(pilot.owner),
        careArea: "home_care",
        dimension: "technology",
        title: pilot.need.title,
        description: pilot.need.description,
      }),
      demo.agentId,
    );
    // Recorded three weeks before its process began.
    await backdateSeedRow(db, "needs", needId, daysAgo(pilot.goDaysAgo + 80));
    const [process] = await insertSeedProcesses(db, [
      {
        title: pilot.title,
        kind: pilot.kind,
        theme: pilot.theme,
        phase: "development",
        collaboration_model: "udbudsfri_opi",
        description: pilot.need.description,
        created_by: demo.agentId,
        created_at: daysAgo(pilot.goDaysAgo + 60),
        updated_at: daysAgo(pilot.goDaysAgo),
        ...pilot.tags,
      },
    ]);
    await insertSeedRows(db, "process_needs", [{ process_id: process.id, need_id: needId }]);
    await moveNeedStatus(
      db,
      { actorId: demo.agentId, at: daysAgo(pilot.goDaysAgo + 60) },
      needId,
      "in_process",
      "process_start",
    );
    await insertSeedRows(db, "process_participants", [
      { process_id: process.id, organisation_id: org(pilot.owner), role: "need_owner" },
      ...pilot.others.map(([name, role]) => ({ process_id: process.id, organisation_id: org(name), role })),
    ]);
    await insertSeedRows(
      db,
      "process_gates",
      PHASES_BEFORE_PARTNERSHIP.map((phase, index) => ({
        process_id: process.id,
        phase,
        decision: "go" as const,
        rationale: index === 2 ? "Samarbejdsaftale underskrevet af alle parter" : "Klar til næste fase",
        decided_by: demo.agentId,
        decided_at: daysAgo(pilot.goDaysAgo + (2 - index) * 20),
      })),
    );
  }
}
