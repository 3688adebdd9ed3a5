import { z } from "zod";
import { CARE_AREAS } from "../care-areas.js";
import { requiredText, text } from "../text-schemas.js";
import { SIDES, SEMINAR_STATES, OUTCOME_KINDS } from "./constants.js";

/** The plain constants live in constants.ts (no Zod, for the public pages); re-exported for existing imports. */
export {
  SIDES,
  SEMINAR_STATES,
  REGISTRATION_STATES,
  OUTCOME_KINDS,
  INVITATION_STATES,
  sideOfOrganisationKind,
} from "./constants.js";
export type { Side, SeminarState, RegistrationState, OutcomeKind, InvitationState } from "./constants.js";

const places = z.number({ message: "number_required" }).int("whole_number").min(0, "not_negative").max(10_000);

export const SideCapacity = z
  .object({ capacity: places, reserved: places })
  .strict()
  .refine((value) => value.reserved <= value.capacity, { path: ["reserved"], message: "reserved_above_capacity" });
export type SideCapacity = z.infer<typeof SideCapacity>;

export const Capacities = z
  .object({ public: SideCapacity, company: SideCapacity, knowledge: SideCapacity, other: SideCapacity })
  .strict();
export type Capacities = z.infer<typeof Capacities>;

export const AgendaItem = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z
      .number()
      .int("whole_number")
      .min(1, "too_small_number")
      .max(24 * 60),
    title: requiredText(200),
    speaker: text(200).optional().default(""),
    isPitchSlot: z.boolean().optional().default(false),
  })
  .strict();
export type AgendaItem = z.infer<typeof AgendaItem>;

const instant = z.iso.datetime({ offset: true });
const httpUrl = z.url({ protocol: /^https?$/, message: "url" });

const seminarFields = {
  title: requiredText(200),
  description: text(10_000).optional().default(""),
  careAreas: z.array(z.enum(CARE_AREAS)).max(CARE_AREAS.length).optional().default([]),
  needIds: z.array(z.uuid()).max(50).optional().default([]),
  placeAddress: text(500).optional().default(""),
  onlineUrl: z
    .union([httpUrl, z.literal("")])
    .optional()
    .default(""),
  startsAt: instant,
  endsAt: instant,
  registrationOpensAt: instant,
  registrationClosesAt: instant,
  capacities: Capacities,
  agenda: z.array(AgendaItem).max(100).optional().default([]),
  minutes: text(20_000).optional().default(""),
};

interface SeminarTimes {
  startsAt?: string;
  endsAt?: string;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  placeAddress?: string;
  onlineUrl?: string;
}

/** The cross-field rules: end after start, the window closes after it opens and no later than the end, a place. */
export function seminarTimeIssues(value: SeminarTimes): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const time = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));
  const [starts, ends, opens, closes] = [
    time(value.startsAt),
    time(value.endsAt),
    time(value.registrationOpensAt),
    time(value.registrationClosesAt),
  ];
  if (starts !== undefined && ends !== undefined && ends <= starts) {
    issues.push({ path: "endsAt", message: "end_before_start" });
  }
  if (opens !== undefined && closes !== undefined && closes <= opens) {
    issues.push({ path: "registrationClosesAt", message: "window_closes_before_opening" });
  }
  if (closes !== undefined && ends !== undefined && closes > ends) {
    issues.push({ path: "registrationClosesAt", message: "window_after_end" });
  }
  if (value.placeAddress !== undefined && value.onlineUrl !== undefined && !value.placeAddress && !value.onlineUrl) {
    issues.push({ path: "placeAddress", message: "place_or_online_required" });
  }
  return issues;
}

export const SeminarCreate = z
  .object(seminarFields)
  .strict()
  .superRefine((value, ctx) => {
    for (const issue of seminarTimeIssues(value)) {
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    }
  });
export type SeminarCreate = z.infer<typeof SeminarCreate>;
export type SeminarCreateInput = z.input<typeof SeminarCreate>;

/** A change; the cross-field rules are checked again on the merged seminar by the service. */
export const SeminarPatch = z
  .object({
    title: seminarFields.title.optional(),
    description: text(10_000).optional(),
    careAreas: z.array(z.enum(CARE_AREAS)).max(CARE_AREAS.length).optional(),
    needIds: z.array(z.uuid()).max(50).optional(),
    placeAddress: text(500).optional(),
    onlineUrl: z.union([httpUrl, z.literal("")]).optional(),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    registrationOpensAt: instant.optional(),
    registrationClosesAt: instant.optional(),
    capacities: Capacities.optional(),
    agenda: z.array(AgendaItem).max(100).optional(),
    minutes: text(20_000).optional(),
  })
  .strict();
export type SeminarPatch = z.infer<typeof SeminarPatch>;

export const SeminarStatusChange = z.object({ status: z.enum(SEMINAR_STATES) }).strict();
export type SeminarStatusChange = z.infer<typeof SeminarStatusChange>;

/**
 * A registration: anonymous callers give name, e-mail and side; a signed-in member may send only what
 * differs (name, e-mail and organisation come from the account, the side from the organisation's kind).
 */
export const RegistrationInput = z
  .object({
    name: text(200).optional(),
    email: z.email({ message: "email" }).max(254).optional(),
    side: z.enum(SIDES).optional(),
    organisationId: z.uuid().optional(),
    organisationName: text(200).optional(),
    consentToList: z.boolean().optional().default(false),
    language: z.enum(["da", "en"]).optional(),
    /** The personal token from an invitation: the invited may use the side's reserved places. */
    invitationToken: text(100).optional(),
    /** Answers to the seminar's registration questions, by question key (checked against them). */
    answers: z.record(z.string().max(60), z.unknown()).optional(),
  })
  .strict();
export type RegistrationInput = z.infer<typeof RegistrationInput>;

export const WalkInInput = z
  .object({
    name: requiredText(200),
    email: z
      .union([z.email({ message: "email" }).max(254), z.literal("")])
      .optional()
      .default(""),
    side: z.enum(SIDES),
    organisationName: text(200).optional().default(""),
  })
  .strict();
export type WalkInInput = z.infer<typeof WalkInInput>;

export const AttendanceInput = z.object({ present: z.boolean() }).strict();
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const InvitationInput = z
  .object({
    name: requiredText(200),
    email: z.email({ message: "email" }).max(254),
    side: z.enum(SIDES),
    organisationId: z.uuid().optional(),
  })
  .strict();
export type InvitationInput = z.infer<typeof InvitationInput>;

export const OutcomeInput = z
  .object({
    kind: z.enum(OUTCOME_KINDS),
    text: requiredText(5000),
    /** A match lead: the company and the institution that should meet. */
    companyId: z.uuid().optional(),
    institutionId: z.uuid().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.kind === "match_lead" && (!value.companyId || !value.institutionId)) {
      ctx.addIssue({ code: "custom", path: [value.companyId ? "institutionId" : "companyId"], message: "required" });
    }
  });
export type OutcomeInput = z.infer<typeof OutcomeInput>;

/** Turns an idea into a need: the owner institution is prefilled by the web from the idea's organisation. */
export const OutcomeNeedInput = z
  .object({
    ownerOrganisationId: z.uuid(),
    careArea: z.enum(CARE_AREAS),
    title: requiredText(200),
    description: requiredText(10_000),
  })
  .strict();
export type OutcomeNeedInput = z.infer<typeof OutcomeNeedInput>;

export const ExportQuery = z.object({ format: z.enum(["csv", "xlsx"]) }).strict();
export type ExportQuery = z.infer<typeof ExportQuery>;
