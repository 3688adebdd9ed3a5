import { fitCallsToProfile, homeAudience } from "../../../domain/home/audience.js";
import type { HomeFigure, HomeItem, HomePage, HomeSection, HomeSectionKey } from "../../../domain/home/views.js";
import { NeedQuery } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { todayIn, type Clock } from "../../platform/clock.js";
import { listVisibleAssessments } from "../assessments/assessments.service.js";
import { listOpenCalls, listOwnOffers } from "../calls/calls.service.js";
import { rankNeedsForOrganisation } from "../matching/matching.service.js";
import { listVisibleNeeds } from "../needs/needs.service.js";
import { getOrganisation } from "../organisations/organisations.service.js";
import { countFollowUpsDue, listFollowUpsDue } from "../outreach/outreach.service.js";
import { listTasksDue } from "../processes/process-work.service.js";
import { countVisibleProcesses, listVisibleProcesses } from "../processes/processes.service.js";
import { listSeminars } from "../seminars/seminars.service.js";
import type { SizeWatch } from "./size-watch.js";

/** How many things a section shows; the rest are one link away. */
const SECTION_SIZE = 5;
/** Tasks and milestones due within this many days are «due» on the home page. */
const TASK_HORIZON_DAYS = 7;

interface HomeContext {
  db: Db;
  actor: Actor;
  clock: Clock;
}

type SectionBuilder = (ctx: HomeContext) => Promise<HomeSection>;

const section = (key: HomeSectionKey, items: HomeItem[], total = items.length): HomeSection => ({
  key,
  items: items.slice(0, SECTION_SIZE),
  total,
});

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const followUpsDue: SectionBuilder = async ({ db, actor, clock }) => {
  const contacts = await listFollowUpsDue(db, actor, clock, 50);
  return section(
    "followUpsDue",
    contacts.map((contact) => ({
      id: contact.id,
      title: contact.organisations.map((organisation) => organisation.name).join(", "),
      href: `/kontaktlog/${contact.id}`,
      date: contact.followUpOn,
      detail: contact.notes.slice(0, 140) || null,
    })),
    contacts.length,
  );
};

/** A section of needs the actor may see, in the given lifecycle states. */
const needSection =
  (key: "needsWithoutPartners" | "ownNeeds", status: string): SectionBuilder =>
  async ({ db, actor }) => {
    const page = await listVisibleNeeds(db, actor, NeedQuery.parse({ status, pageSize: String(SECTION_SIZE) }));
    return section(
      key,
      page.items.map((need) => ({
        id: need.id,
        title: need.title,
        href: `/behov/${need.id}`,
        date: need.createdAt,
        detail: need.ownerName,
      })),
      page.total,
    );
  };
// A need is «matched» once an agent shortlists a partner (the needs lifecycle); before that it waits for one.
const needsWithoutPartners = needSection("needsWithoutPartners", "new,qualified");
/** A member sees only their own organisation's needs: every need not yet done. */
const ownNeeds = needSection("ownNeeds", "new,qualified,matched,in_process");

/**
 * Open tasks due within the week; `milestones` are where a gate decision is due (a process plan marks
 * the end of a phase with a milestone), so they have their own section.
 */
const dueSection =
  (key: "gatesDue" | "tasksDue", kinds: "milestones" | "tasks"): SectionBuilder =>
  async ({ db, actor, clock }) => {
    const tasks = await listTasksDue(db, actor, addDays(todayIn(clock), TASK_HORIZON_DAYS), 50, kinds);
    return section(
      key,
      tasks.map((task) => ({
        id: task.id,
        title: task.title,
        href: `/forloeb/${task.processId}?fane=opgaver`,
        date: task.dueOn,
        detail: task.processTitle,
      })),
      tasks.length,
    );
  };
const gatesDue = dueSection("gatesDue", "milestones");
const tasksDue = dueSection("tasksDue", "tasks");

/** Published seminars from today on, soonest first. */
const seminarsComing: SectionBuilder = async ({ db, actor, clock }) => {
  const today = todayIn(clock);
  const coming = (await listSeminars(db, actor))
    .filter((seminar) => seminar.status === "published" && seminar.startsAt.slice(0, 10) >= today)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return section(
    "seminarsComing",
    coming.map((seminar) => ({
      id: seminar.id,
      title: seminar.title,
      href: `/seminarer/${seminar.id}`,
      date: seminar.startsAt,
      detail: seminar.isOnline ? null : seminar.placeAddress || null,
    })),
    coming.length,
  );
};

const assessmentsOpen: SectionBuilder = async ({ db, actor }) => {
  const page = await listVisibleAssessments(db, actor, { status: "open", page: 1, pageSize: SECTION_SIZE });
  return section(
    "assessmentsOpen",
    page.items.map((assessment) => ({
      id: assessment.id,
      title: assessment.title,
      href: `/vurderinger/${assessment.id}`,
      date: assessment.openedAt,
      detail: assessment.organisationName,
    })),
    page.total,
  );
};

const ownProcesses: SectionBuilder = async ({ db, actor }) => {
  const processes = await listVisibleProcesses(db, actor, { status: ["active"] });
  return section(
    "ownProcesses",
    processes.map((process) => ({
      id: process.id,
      title: process.title,
      href: `/forloeb/${process.id}`,
      date: process.updatedAt,
      detail: process.participants.map((participant) => participant.name).join(", ") || null,
    })),
  );
};

const callItem = (call: { id: string; title: string; deadline: string }, detail: string | null): HomeItem => ({
  id: call.id,
  title: call.title,
  href: `/opslag/${call.id}`,
  date: call.deadline,
  detail,
});

/** The reverse match: open calls whose need fits the member's organisation (its competences, care areas, words). */
const fittingCalls: SectionBuilder = async ({ db, actor }) => {
  if (!actor.organisationId) {
    return section("fittingCalls", []);
  }
  const [ranked, calls] = await Promise.all([rankNeedsForOrganisation(db, actor.organisationId), listOpenCalls(db)]);
  const fits = fitCallsToProfile(
    ranked.map((need) => ({ needId: need.needId, score: need.match.score, parts: need.match.parts })),
    calls,
  );
  return section(
    "fittingCalls",
    fits.map(({ call, reasons }) => callItem(call, reasons.join(", ") || call.ownerName)),
    fits.length,
  );
};

const openCalls: SectionBuilder = async ({ db }) => {
  const calls = await listOpenCalls(db);
  return section(
    "openCalls",
    calls.map((call) => callItem(call, call.ownerName)),
  );
};

const ownOffers: SectionBuilder = async ({ db, actor, clock }) => {
  const offers = await listOwnOffers(db, actor, clock.now());
  return section(
    "ownOffers",
    offers.map((offer) => ({
      id: offer.id,
      title: offer.callTitle,
      href: `/opslag/${offer.callId}`,
      date: offer.deadline,
      detail: null,
      status: offer.state,
    })),
  );
};

/**
 * The sections of each home page, in order. A module that has something for a role to do adds its
 * builder here.
 */
const SECTIONS: Record<Exclude<HomePage["audience"], "manager">, SectionBuilder[]> = {
  agent: [followUpsDue, needsWithoutPartners, gatesDue, tasksDue, seminarsComing],
  public_member: [ownNeeds, assessmentsOpen, ownProcesses, gatesDue, tasksDue, seminarsComing],
  company_member: [fittingCalls, ownOffers, ownProcesses],
  // A knowledge institution answers open calls as a company does (`canAnswerCalls`).
  knowledge_member: [fittingCalls, ownOffers, ownProcesses],
  member: [openCalls, ownProcesses],
};

/** The programme manager's short summary; the dashboard (/program) has the rest. */
async function managerFigures({ db, actor, clock }: HomeContext): Promise<HomeFigure[]> {
  const [needs, processes, calls, followUps] = await Promise.all([
    listVisibleNeeds(db, actor, NeedQuery.parse({ status: "new,qualified", pageSize: "1" })),
    countVisibleProcesses(db, actor, { status: ["active"] }),
    listOpenCalls(db),
    countFollowUpsDue(db, clock),
  ]);
  return [
    { key: "needsWithoutPartners", value: needs.total, href: "/behov?status=new,qualified" },
    { key: "activeProcesses", value: processes, href: "/forloeb" },
    { key: "openCalls", value: calls.length, href: "/opslag" },
    { key: "followUpsDue", value: followUps, href: "/kontaktlog?due=true" },
  ];
}

/** `embeddedSize`: the notice that the embedded database has grown past its size (the manager's home only). */
export async function describeHome(
  db: Db,
  actor: Actor,
  clock: Clock,
  embeddedSize: SizeWatch = async () => null,
): Promise<HomePage> {
  const organisation = actor.organisationId ? await getOrganisation(db, actor.organisationId) : undefined;
  const audience = homeAudience(actor.role, organisation?.kind ?? null);
  const ctx = { db, actor, clock };
  const base = { audience, organisation: organisation ? { id: organisation.id, name: organisation.name } : null };
  if (audience === "manager") {
    return { ...base, figures: await managerFigures(ctx), sections: [], embeddedSize: await embeddedSize() };
  }
  // One after the other: on embedded PGlite the queries share one connection anyway.
  const sections: HomeSection[] = [];
  for (const build of SECTIONS[audience]) {
    sections.push(await build(ctx));
  }
  return { ...base, figures: [], sections, embeddedSize: null };
}
