import { z } from "zod";
import { Password } from "./auth.js";
import { cvrSchema } from "./organisation.js";
import { requiredText, text } from "./text-schemas.js";

/**
 * Self-registration of companies and knowledge institutions (issue 15, point 1): a person signs up
 * with the organisation's CVR, confirms the e-mail by a link, and staff approve the link between the
 * person and the organisation. Nobody attaches themselves to an organisation on their own.
 */
export const SIGNUP_KINDS = ["company", "knowledge_institution"] as const;
export type SignupKind = (typeof SIGNUP_KINDS)[number];

export const SIGNUP_STATUSES = ["unconfirmed", "pending", "approved", "rejected"] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** How long the e-mail confirmation link works. */
export const SIGNUP_LINK_HOURS = 48;

export const SignupBody = z
  .object({
    kind: z.enum(SIGNUP_KINDS),
    cvr: cvrSchema,
    organisationName: requiredText(200),
    name: requiredText(120),
    email: z
      .email()
      .max(254)
      .transform((value) => value.toLowerCase()),
    password: Password,
  })
  .strict();
export type SignupBody = z.infer<typeof SignupBody>;

export const SignupConfirm = z.object({ token: z.string().min(10).max(100) }).strict();

export const SignupRejection = z.object({ reason: requiredText(1000) }).strict();
export type SignupRejection = z.infer<typeof SignupRejection>;

export const SignupQuery = z.object({ status: z.enum(["pending", "decided"]).default("pending") }).strict();

export type SignupLinkState = "valid" | "used" | "expired";

/** A confirmation link is good once, until it expires; a used link says so even after it would have expired. */
export function signupLinkState(request: { status: SignupStatus; expiresAt: Date }, now: Date): SignupLinkState {
  if (request.status !== "unconfirmed") {
    return "used";
  }
  return request.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}

export type SignupWarning = "new_organisation" | "claimed_by_others" | "not_company_kind" | "name_differs";

/**
 * What the approver should look at before approving a person's link to an organisation. Every link is
 * approved by staff; these say why one needs a closer look (ADR 0018).
 */
export function signupWarnings(facts: {
  isNewOrganisation: boolean;
  otherMembers: number;
  registryKind: string;
  registryName: string;
  givenName: string;
}): SignupWarning[] {
  const warnings: SignupWarning[] = [];
  if (facts.isNewOrganisation) {
    warnings.push("new_organisation");
  }
  if (facts.otherMembers > 0) {
    warnings.push("claimed_by_others");
  }
  if (!(SIGNUP_KINDS as readonly string[]).includes(facts.registryKind)) {
    warnings.push("not_company_kind");
  }
  if (normaliseName(facts.registryName) !== normaliseName(facts.givenName)) {
    warnings.push("name_differs");
  }
  return warnings;
}

/** Names compared without case, punctuation or spacing: «Løftelet ApS» and «LØFTELET aps.» are the same. */
function normaliseName(name: string): string {
  return name.toLocaleLowerCase("da").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A sign-up request as the staff list shows it. */
export interface SignupRequestView {
  id: string;
  name: string;
  email: string;
  cvr: string;
  /** The name the person gave; the registry's name is `organisation.name`. */
  organisationName: string;
  organisation: { id: string; name: string; kind: string; verified: boolean } | null;
  status: SignupStatus;
  warnings: SignupWarning[];
  createdAt: string;
  confirmedAt: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string;
}

/** The signed-in person's own request, for their home page while they act for no organisation. */
export interface MySignup {
  status: SignupStatus;
  organisationName: string;
  reason: string;
}
