import type { Db } from "../db/database.js";
import { moveNeedStatus } from "../modules/needs/needs.service.js";
import { insertSeedCalls, insertSeedRows } from "./seed.repo.js";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Demo shortlist, open calls and an offer: the lifting need is published with an offer from the
 * demo company, and the service-robot need is open with no offers yet.
 */
export async function loadDemoCalls(
  db: Db,
  demo: {
    needIds: Map<string, string>;
    ids: Map<string, string>;
    agentId: string | null;
    companyUserId: string | null;
  },
): Promise<void> {
  const lifting = demo.needIds.get("C01");
  const robots = demo.needIds.get("C09");
  const lifter = demo.ids.get("LøfteLet ApS");
  const institute = demo.ids.get("Teknologisk Institut (DTI)");
  if (!lifting || !robots || !lifter || !institute) {
    throw new Error("demo organisations or needs missing for the demo calls");
  }
  await insertSeedRows(db, "need_matches", [
    {
      need_id: lifting,
      organisation_id: lifter,
      decision: "shortlisted",
      reason: "Leverer loftlifte og skinnesystemer; SMV i Aarhus",
      score: 91.3,
      parts: "[]",
      decided_by: demo.agentId,
    },
    {
      need_id: lifting,
      organisation_id: institute,
      decision: "shortlisted",
      reason: "Kan teste og dokumentere effekten",
      score: 72.5,
      parts: "[]",
      decided_by: demo.agentId,
    },
  ]);
  // Shortlisted a month after it was recorded (demo-needs.ts), two months before its process started.
  await moveNeedStatus(
    db,
    { actorId: demo.agentId, at: new Date(Date.now() - 270 * DAY) },
    lifting,
    "matched",
    "shortlist",
  );

  const [liftingCall] = await insertSeedCalls(db, [
    {
      need_id: lifting,
      title: "Markedsdialog: færre tunge løft ved forflytning i hjemmeplejen",
      description:
        "Hjemmeplejen Aarhus Syd søger løsninger, så én medarbejder kan klare forflytninger, der " +
        "i dag kræver to. Vi inviterer alle interesserede virksomheder til at beskrive deres " +
        "løsning og en prisindikation. Opslaget er en markedsdialog og ikke et udbud.",
      deadline: new Date(Date.now() + 21 * DAY),
      published_by: demo.agentId,
    },
    {
      need_id: robots,
      title: "Servicerobotter til rutineopgaver på plejecenter",
      description:
        "Ølby Ældrecenter vil teste en robot, der kan transportere vasketøj og servere " +
        "drikkevarer. Beskriv jeres løsning og erfaringer fra plejecentre.",
      deadline: new Date(Date.now() + 35 * DAY),
      published_by: demo.agentId,
    },
  ]);
  await insertSeedRows(db, "offers", [
    {
      call_id: liftingCall.id,
      company_id: lifter,
      solution_text:
        "Loftlift med rumdækkende skinnesystem og el-højdeindstillelig bad-/toiletstol. Vi står " +
        "for montering, instruktion af personalet og service i to år.",
      price_indication: "Ca. 85.000 kr. pr. bolig inkl. montering",
      submitted_by: demo.companyUserId,
    },
  ]);
  await insertSeedRows(db, "market_dialogue", [
    {
      call_id: liftingCall.id,
      company_id: lifter,
      kind: "offer",
      summary: "LøfteLet ApS afgav tilbud",
      recorded_by: demo.companyUserId,
    },
    {
      call_id: liftingCall.id,
      company_id: null,
      kind: "note",
      summary: "Opslaget er sendt til alle virksomheder med kompetencen «Forflytning og løft»",
      recorded_by: demo.agentId,
    },
    // A question from the information meeting and the answer given to all bidders (equal treatment).
    {
      call_id: liftingCall.id,
      company_id: null,
      kind: "question",
      summary: "Kan skinnesystemer bores op i lofterne, og hvor højt er der til loftet?",
      recorded_by: demo.agentId,
    },
    {
      call_id: liftingCall.id,
      company_id: null,
      kind: "answer",
      summary: "Svar til alle: Loftshøjden er 2,40–2,55 m, og lofterne er af beton, så skinner kan bores op.",
      recorded_by: demo.agentId,
    },
  ]);
}
