import { z } from "zod";
import { text, requiredText } from "../text-schemas.js";

/**
 * Where a public organisation gave companies material or information. `seminar` is accepted here and by the
 * database so the seminars module can be wired in without a migration; the server answers 400 for it until then.
 */
export const DISCLOSURE_CONTEXT_KINDS = ["call", "need", "process", "seminar"] as const;
export type DisclosureContextKind = (typeof DISCLOSURE_CONTEXT_KINDS)[number];

/** A neutralisation pack is exported before a tender, for a need or a process. */
export const PACK_KINDS = ["need", "process"] as const;
export type PackKind = (typeof PACK_KINDS)[number];

/** How a record came about: by hand, or written by Samspil where it saw the material being given. */
export const DISCLOSURE_SOURCES = ["manual", "call_dialogue", "process_document"] as const;
export type DisclosureSource = (typeof DISCLOSURE_SOURCES)[number];

export const MAX_RECIPIENTS = 200;

export const DisclosureContextParams = z.object({
  kind: z.enum(DISCLOSURE_CONTEXT_KINDS),
  contextId: z.uuid(),
});
export type DisclosureContextParams = z.infer<typeof DisclosureContextParams>;

export const PackParams = z.object({ kind: z.enum(PACK_KINDS), contextId: z.uuid() });

/** A record made by hand (the form's fields; the file, if any, comes as the multipart part «file»). */
export const DisclosureCreate = z
  .object({
    title: requiredText(300),
    description: text(10_000).default(""),
    givenAt: z.iso.datetime({ offset: true }).optional(),
    /** The public organisation that gave it; the context's owner when left out. */
    publicOrganisationId: z.uuid().optional(),
    recipientIds: z.array(z.uuid()).min(1).max(MAX_RECIPIENTS),
    /** It touches a recipient's confidential information: other companies never see it, and no pack carries it. */
    confidential: z.boolean().default(false),
  })
  .strict();
export type DisclosureCreate = z.infer<typeof DisclosureCreate>;
