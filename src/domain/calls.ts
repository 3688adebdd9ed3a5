import { z } from "zod";
import { requiredText, text } from "./text-schemas.js";

export const OpenCallCreate = z
  .object({
    title: text(200).optional(),
    description: text(10_000).optional(),
    deadline: z.iso.datetime({ offset: true }),
  })
  .strict();
export type OpenCallCreate = z.infer<typeof OpenCallCreate>;

export const OfferInput = z
  .object({
    solutionText: requiredText(20_000),
    priceIndication: text(500).default(""),
  })
  .strict();
export type OfferInput = z.infer<typeof OfferInput>;

// Who may answer a call lives with the organisation kinds (no Zod, for the public pages); re-exported here.
export { OFFERING_KINDS, canAnswerCalls } from "./organisation-kinds.js";

/** Where an answer stands, as its bidder sees it on their home page. */
export type OfferState = "open" | "deadline_passed" | "chosen" | "not_chosen" | "closed_without_choice";

export function offerState(
  offer: { id: string; callStatus: string; deadline: Date; chosenOfferId: string | null },
  now: Date,
): OfferState {
  if (offer.callStatus === "closed") {
    if (offer.chosenOfferId === null) {
      return "closed_without_choice";
    }
    return offer.chosenOfferId === offer.id ? "chosen" : "not_chosen";
  }
  return offer.deadline.getTime() <= now.getTime() ? "deadline_passed" : "open";
}

export const DIALOGUE_KINDS = ["meeting", "question", "answer", "email", "phone", "note"] as const;

/**
 * Equal treatment in the market dialogue: questions and answers recorded for no single company (an answer
 * to all) are shown to every company; anything naming a company is shown to that company only.
 */
export const SHARED_DIALOGUE_KINDS = ["question", "answer"] as const;

export function isDialogueEntryVisibleToCompany(
  entry: { kind: string; companyId: string | null },
  companyId: string,
): boolean {
  if (entry.companyId !== null) {
    return entry.companyId === companyId;
  }
  return (SHARED_DIALOGUE_KINDS as readonly string[]).includes(entry.kind);
}

export const DialogueInput = z
  .object({
    companyId: z.uuid().nullable().default(null),
    kind: z.enum(DIALOGUE_KINDS),
    summary: requiredText(5000),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type DialogueInput = z.infer<typeof DialogueInput>;

export const CloseCall = z
  .object({
    chosenOfferId: z.uuid().nullable(),
    reason: requiredText(5000),
  })
  .strict();
export type CloseCall = z.infer<typeof CloseCall>;

export const CallQuery = z
  .object({
    status: z.enum(["open", "closed", "all"]).default("open"),
    needId: z.uuid().optional(),
  })
  .strict();

/** Attachments: what may be uploaded, told by content, not by the name the sender gave. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  txt: "text/plain",
  csv: "text/csv",
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

/** A safe file name: no folders, no control characters (CR/LF), no leading dots, at most 150 characters. */
export function sanitiseFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/^\.+/, "")
    .trim();
  return (cleaned || "fil").slice(-150);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

/**
 * The content type for an upload when its bytes agree with its extension, else null: a renamed
 * .exe, an HTML or SVG file, or text with NUL bytes are refused.
 */
export function detectAttachmentType(filename: string, bytes: Uint8Array): string | null {
  const extension = filename.toLowerCase().split(".").pop() ?? "";
  if (!(extension in ATTACHMENT_TYPES)) {
    return null;
  }
  const ext = extension as AttachmentExtension;
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  const ok =
    (ext === "pdf" && startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) ||
    (ext === "png" && startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) ||
    ((ext === "jpg" || ext === "jpeg") && startsWith(bytes, [0xff, 0xd8, 0xff])) ||
    ((ext === "docx" || ext === "xlsx" || ext === "pptx" || ext === "odt") && isZip) ||
    ((ext === "txt" || ext === "csv") &&
      !bytes.includes(0) &&
      !/^\s*<(!doctype|html|svg|\?xml|script)/i.test(new TextDecoder().decode(bytes.slice(0, 200))));
  return ok ? ATTACHMENT_TYPES[ext] : null;
}
