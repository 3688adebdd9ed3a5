import { z } from "zod";
import { text } from "../text-schemas.js";

/** How the agent met the organisation. */
export const CONTACT_KINDS = ["visit", "meeting", "call"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** At most this many organisations in one contact (a network meeting; more is a seminar). */
export const MAX_CONTACT_ORGANISATIONS = 20;

const isoDate = z.iso.date();

const contactFields = {
  occurredOn: isoDate,
  kind: z.enum(CONTACT_KINDS),
  organisationIds: z
    .array(z.uuid())
    .min(1, "organisation_required")
    .max(MAX_CONTACT_ORGANISATIONS)
    .transform((ids) => [...new Set(ids)]),
  participants: text(1000).default(""),
  notes: text(8000).default(""),
  followUpOn: isoDate.nullable().default(null),
};

/**
 * A contact as the agent logs it. Its dates are checked by `contactDateProblems` (rules.ts) in the service,
 * which knows «today» and names every date field at fault at once.
 */
export const ContactCreate = z.object(contactFields).strict();
export type ContactCreate = z.infer<typeof ContactCreate>;

/** A change to a logged contact; `followUpDone` closes (or reopens) its follow-up. */
export const ContactPatch = z
  .object({
    occurredOn: contactFields.occurredOn.optional(),
    kind: contactFields.kind.optional(),
    organisationIds: contactFields.organisationIds.optional(),
    participants: text(1000).optional(),
    notes: text(8000).optional(),
    followUpOn: isoDate.nullable().optional(),
    followUpDone: z.boolean().optional(),
  })
  .strict();
export type ContactPatch = z.infer<typeof ContactPatch>;

export const ContactQuery = z
  .object({
    organisationId: z.uuid().optional(),
    /** Only the contacts the caller logged. */
    mine: z.enum(["true", "false"]).optional(),
    /** Only contacts whose follow-up is open and due by today. */
    due: z.enum(["true", "false"]).optional(),
  })
  .strict();
export type ContactQuery = z.infer<typeof ContactQuery>;
