import { z } from "zod";

/**
 * The short chooser for an OPI agreement's collaboration model, after the Danish practice (OPIguide, the
 * procurement act): a mini-afprøvning tests an existing product briefly at a test site; udbudsfri OPI develops
 * something new together without a tender and without any promise of a later purchase; an innovationspartnerskab
 * (udbudsloven §§ 73–80) is the procurement procedure for developing a solution and then buying it.
 */
export const AGREEMENT_MODELS = ["mini_trial", "udbudsfri_opi", "innovation_partnership"] as const;
export type AgreementModel = (typeof AGREEMENT_MODELS)[number];

/** What the collaboration is about: a new solution, an existing product adapted, or an existing product tested. */
export const COLLABORATION_PURPOSES = ["develop_new", "adapt_existing", "test_existing"] as const;
export type CollaborationPurpose = (typeof COLLABORATION_PURPOSES)[number];

/** What the public side pays the company, measured against the EU procurement threshold. */
export const PUBLIC_PAYMENTS = ["none", "below_threshold", "above_threshold"] as const;
export type PublicPayment = (typeof PUBLIC_PAYMENTS)[number];

export const ModelAnswers = z
  .object({
    purpose: z.enum(COLLABORATION_PURPOSES),
    expectsLaterPurchase: z.boolean(),
    publicPayment: z.enum(PUBLIC_PAYMENTS),
  })
  .strict();
export type ModelAnswers = z.infer<typeof ModelAnswers>;

/** Why the chooser recommends a model (shown to the user in words). */
export type ModelReason =
  | "tests_existing_product"
  | "develops_without_purchase"
  | "later_purchase_needs_partnership"
  | "paid_development_above_threshold";

/** What the parties must still look after under the recommended model. */
export type ModelCaution =
  | "no_purchase_promise"
  | "neutralise_head_start"
  | "purchase_needs_procurement"
  | "tender_announcement_required"
  | "check_threshold_with_lawyer";

export interface ModelRecommendation {
  model: AgreementModel;
  reasons: ModelReason[];
  cautions: ModelCaution[];
}

/** Recommends a collaboration model from three answers; the parties' lawyers have the last word. */
export function recommendAgreementModel(answers: ModelAnswers): ModelRecommendation {
  const develops = answers.purpose !== "test_existing";
  if (!develops) {
    const cautions: ModelCaution[] = ["no_purchase_promise"];
    if (answers.publicPayment === "above_threshold") {
      cautions.push("purchase_needs_procurement");
    }
    if (answers.expectsLaterPurchase) {
      cautions.push("neutralise_head_start");
    }
    return { model: "mini_trial", reasons: ["tests_existing_product"], cautions };
  }
  const reasons: ModelReason[] = [];
  if (answers.expectsLaterPurchase) {
    reasons.push("later_purchase_needs_partnership");
  }
  if (answers.publicPayment === "above_threshold") {
    reasons.push("paid_development_above_threshold");
  }
  if (reasons.length > 0) {
    return { model: "innovation_partnership", reasons, cautions: ["tender_announcement_required"] };
  }
  const cautions: ModelCaution[] = ["no_purchase_promise", "neutralise_head_start"];
  if (answers.publicPayment === "below_threshold") {
    cautions.push("check_threshold_with_lawyer");
  }
  return { model: "udbudsfri_opi", reasons: ["develops_without_purchase"], cautions };
}

/** Model names as the draft agreement and server messages write them. */
export const AGREEMENT_MODEL_LABELS: Record<"da" | "en", Record<AgreementModel, string>> = {
  da: {
    mini_trial: "Mini-afprøvning",
    udbudsfri_opi: "Udbudsfrit OPI-samarbejde",
    innovation_partnership: "Innovationspartnerskab",
  },
  en: {
    mini_trial: "Mini-trial",
    udbudsfri_opi: "Tender-free OPI collaboration",
    innovation_partnership: "Innovation partnership",
  },
};
