import { AGREEMENT_ITEMS, PHASES, type Phase } from "../../domain/process/phases.js";
import type { Db } from "../db/database.js";
import { writeAudit } from "../modules/audit/audit.service.js";
import { moveNeedStatus } from "../modules/needs/needs.service.js";
import { backdateSeedRow, insertSeedProcesses, insertSeedRows, listProcessTitles } from "./seed.repo.js";
import { danishDay } from "./seed-days.js";

/**
 * Demo processes: a network process on lifting at the partnership gate (two agreement items still
 * open), a screen-visit process in test with a living-lab plan, and the Copenhagen toilets that
 * were stopped after evaluation — a legitimate outcome with its lessons.
 */
export async function loadDemoProcesses(
  db: Db,
  demo: { needIds: Map<string, string>; ids: Map<string, string>; agentId: string | null },
): Promise<void> {
  const org = (name: string) => {
    const id = demo.ids.get(name);
    if (!id) {
      throw new Error(`demo organisation missing: ${name}`);
    }
    return id;
  };
  const need = (caseId: string) => {
    const id = demo.needIds.get(caseId);
    if (!id) {
      throw new Error(`demo need missing: ${caseId}`);
    }
    return id;
  };
  const day = (offset: number) => danishDay(offset);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  // Each process began some weeks after its need was recorded (demo-needs.ts) and moved on at each gate.
  const startedDaysAgo = { lifting: 240, screens: 290, toilets: 315 };

  const [lifting, screens, toilets] = await insertSeedProcesses(db, [
    {
      title: "Fra 2 til 1: loftlifte i hjemmeplejen",
      kind: "network",
      theme: "fra 2 til 1",
      phase: "partnership",
      collaboration_model: "udbudsfri_opi",
      description:
        "Hjemmeplejen Aarhus Syd, LøfteLet ApS og Teknologisk Institut udvikler og tester en " +
        "løsning, så én medarbejder kan klare forflytninger, der i dag kræver to.",
      created_by: demo.agentId,
    },
    {
      title: "Skærmbesøg i hjemmeplejen",
      kind: "individual",
      theme: "digitale besøg",
      phase: "test",
      collaboration_model: "udbudsfri_opi",
      description: "Viborg afprøver skærmbesøg med SkærmNær ApS.",
      created_by: demo.agentId,
    },
    {
      title: "Vaske-tørre-toiletter på plejehjem",
      kind: "individual",
      theme: "hygiejne",
      phase: "evaluation",
      status: "stopped",
      collaboration_model: "other",
      lessons_learned:
        "Toiletterne indfriede ikke det forventede potentiale i en plejehjemskontekst. Afklar " +
        "brugergruppen og mål tidsforbruget før investering.",
      description: "Københavns Kommune evaluerede vaske-tørre-toiletter på plejehjem.",
      created_by: demo.agentId,
    },
  ]);

  await insertSeedRows(db, "process_needs", [
    { process_id: lifting.id, need_id: need("C01") },
    { process_id: screens.id, need_id: need("C15") },
    { process_id: toilets.id, need_id: need("C03") },
  ]);
  // Needs move through their owner, the needs module, which logs each move as a real run would.
  const by = (days: number) => ({ actorId: demo.agentId, at: daysAgo(days) });
  await moveNeedStatus(db, by(startedDaysAgo.lifting), need("C01"), "in_process", "process_start");
  await moveNeedStatus(db, by(startedDaysAgo.screens), need("C15"), "in_process", "process_start");
  await moveNeedStatus(db, by(STOPPED_DAYS_AGO), need("C03"), "parked", "edit");

  await insertSeedRows(db, "process_participants", [
    { process_id: lifting.id, organisation_id: org("Hjemmeplejen Aarhus Syd"), role: "need_owner" },
    { process_id: lifting.id, organisation_id: org("LøfteLet ApS"), role: "developer" },
    { process_id: lifting.id, organisation_id: org("VendeSeng A/S"), role: "developer" },
    { process_id: lifting.id, organisation_id: org("Teknologisk Institut (DTI)"), role: "evaluator" },
    { process_id: lifting.id, organisation_id: org("Hjemmeplejen Aarhus Syd"), role: "test_site" },
    { process_id: screens.id, organisation_id: org("Hjemmeplejen Viborg Midt"), role: "need_owner" },
    { process_id: screens.id, organisation_id: org("SkærmNær ApS"), role: "developer" },
    { process_id: toilets.id, organisation_id: org("Københavns Kommune"), role: "need_owner" },
    { process_id: toilets.id, organisation_id: org("Klarvand Hygiejne ApS"), role: "developer" },
  ]);

  const settledExcept = (processId: string, open: string[]) =>
    AGREEMENT_ITEMS.map((item) => ({
      process_id: processId,
      item,
      status: open.includes(item) ? "in_progress" : "settled",
      note: open.includes(item) ? "Under forhandling" : "Aftalt i samarbejdsaftalen",
    }));
  await insertSeedRows(db, "process_agreements", [
    ...settledExcept(lifting.id, ["ip", "procurement_basis"]),
    ...settledExcept(screens.id, []),
    ...settledExcept(toilets.id, []),
  ]);

  const gate = (
    processId: string,
    phase: Phase,
    decision: "go" | "adjust" | "stop",
    decidedDaysAgo: number,
    rationale: string,
    lessons: string | null = null,
  ) => ({
    process_id: processId,
    phase,
    decision,
    rationale,
    lessons,
    decided_by: demo.agentId,
    decided_at: daysAgo(decidedDaysAgo),
  });
  const gates = [
    gate(lifting.id, "needs_assessment", "go", 205, "Behovet er bekræftet af 360°-vurderingen og medarbejderne"),
    gate(lifting.id, "market_scan", "adjust", 150, "Vi vil høre flere leverandører; markedsdialog åbnet"),
    gate(lifting.id, "market_scan", "go", 95, "To leverandører og Teknologisk Institut er klar"),
    gate(screens.id, "needs_assessment", "go", 265, "Lange køreafstande; mange korte besøg"),
    gate(screens.id, "market_scan", "go", 225, "Videoplatform fundet"),
    gate(screens.id, "partnership", "go", 60, "Aftale underskrevet"),
    gate(screens.id, "development", "go", 35, "Løsningen er tilpasset hjemmeplejens planlægning"),
    gate(toilets.id, "needs_assessment", "go", 295, "Ønske om afklaring før bred udrulning"),
    gate(toilets.id, "market_scan", "go", 265, "Leverandør valgt"),
    gate(toilets.id, "partnership", "go", 235, "Aftale på plads"),
    gate(toilets.id, "development", "go", 190, "Opsat på to plejehjem"),
    gate(toilets.id, "test", "go", 110, "Evalueringen er gennemført"),
    gate(
      toilets.id,
      "evaluation",
      "stop",
      STOPPED_DAYS_AGO,
      "Ingen yderligere investering: toiletterne indfriede ikke det forventede potentiale",
      "Afklar brugergruppen og mål tidsforbruget før investering.",
    ),
  ];
  await insertSeedRows(db, "process_gates", gates);
  const lastGate = (processId: string) =>
    new Date(Math.max(...gates.filter((row) => row.process_id === processId).map((row) => row.decided_at.getTime())));
  for (const [process, days] of [
    [lifting, startedDaysAgo.lifting],
    [screens, startedDaysAgo.screens],
    [toilets, startedDaysAgo.toilets],
  ] as const) {
    await backdateSeedRow(db, "processes", process.id, daysAgo(days), lastGate(process.id));
  }
  await writeDemoActivity(
    db,
    demo.agentId,
    [lifting, screens, toilets].map(({ id }) => id),
    gates,
  );

  await insertSeedRows(db, "test_plans", [
    {
      process_id: screens.id,
      what: "Skærmbesøg til medicinpåmindelse og trivselssamtaler",
      hypothesis: "Mindst 10 % af de fysiske besøg kan omlægges uden at borgerne føler sig mindre trygge",
      site_organisation_id: org("Hjemmeplejen Viborg Midt"),
      starts_on: day(-30),
      ends_on: day(60),
      participants: "25 borgere, 12 medarbejdere",
      measures: "Andel omlagte besøg; tid pr. besøg; borgernes tryghed (spørgeskema)",
      created_by: demo.agentId,
      created_at: daysAgo(40),
    },
  ]);

  await insertSeedRows(db, "process_tasks", [
    {
      process_id: lifting.id,
      kind: "milestone",
      title: "Samarbejdsaftale underskrevet",
      owner_text: "Innovationsagenten",
      due_on: day(10),
    },
    {
      process_id: lifting.id,
      kind: "task",
      title: "Afklar IP-rettigheder til skinnesystemet",
      owner_text: "LøfteLet ApS",
      due_on: day(1),
    },
    {
      process_id: screens.id,
      kind: "training",
      title: "Oplæring af superbrugere i skærmbesøg",
      owner_text: "Hjemmeplejen Viborg Midt",
      due_on: day(75),
    },
    {
      process_id: screens.id,
      kind: "follow_up",
      title: "Opfølgning på omlagte besøg",
      owner_text: "Teamleder",
      due_on: day(120),
    },
  ]);
}

/** When the toilets were stopped after evaluation (and their need parked). */
const STOPPED_DAYS_AGO = 50;

/** The activity log a real run would have left: the start and every gate decision, in order. */
async function writeDemoActivity(
  db: Db,
  agentId: string | null,
  processIds: string[],
  gates: Array<{
    process_id: string;
    phase: Phase;
    decision: "go" | "adjust" | "stop";
    rationale: string;
    lessons: string | null;
    decided_at: Date;
  }>,
): Promise<void> {
  const processes = await listProcessTitles(db, processIds);
  for (const process of processes) {
    await writeAudit(db, {
      actorId: agentId,
      entity: "process",
      entityId: process.id,
      action: "start",
      after: { title: process.title, kind: process.kind },
      at: process.created_at,
    });
    const decisions = gates.filter((row) => row.process_id === process.id);
    for (const decision of decisions.sort((a, b) => a.decided_at.getTime() - b.decided_at.getTime())) {
      const next =
        decision.decision === "go" ? (PHASES[PHASES.indexOf(decision.phase) + 1] ?? decision.phase) : decision.phase;
      await writeAudit(db, {
        actorId: agentId,
        entity: "process",
        entityId: process.id,
        action: `gate:${decision.decision}`,
        before: { phase: decision.phase, status: "active" },
        after: {
          phase: next,
          status: decision.decision === "stop" ? "stopped" : "active",
          rationale: decision.rationale,
          lessons: decision.lessons,
        },
        at: decision.decided_at,
      });
    }
  }
}
