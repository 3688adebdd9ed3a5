import { describe, expect, it } from "vitest";
import { ModelAnswers, recommendAgreementModel, type ModelRecommendation } from "./agreement-model.js";

describe("recommendAgreementModel", () => {
  it.each<[string, ModelAnswers, ModelRecommendation]>([
    [
      "a test of an existing product, unpaid, is a mini-afprøvning",
      { purpose: "test_existing", expectsLaterPurchase: false, publicPayment: "none" },
      { model: "mini_trial", reasons: ["tests_existing_product"], cautions: ["no_purchase_promise"] },
    ],
    [
      "a test of an existing product the public side may buy later warns about the head start",
      { purpose: "test_existing", expectsLaterPurchase: true, publicPayment: "none" },
      {
        model: "mini_trial",
        reasons: ["tests_existing_product"],
        cautions: ["no_purchase_promise", "neutralise_head_start"],
      },
    ],
    [
      "paying above the threshold for a tested product is a purchase that needs procurement",
      { purpose: "test_existing", expectsLaterPurchase: false, publicPayment: "above_threshold" },
      {
        model: "mini_trial",
        reasons: ["tests_existing_product"],
        cautions: ["no_purchase_promise", "purchase_needs_procurement"],
      },
    ],
    [
      "a new solution without a later purchase is udbudsfri OPI",
      { purpose: "develop_new", expectsLaterPurchase: false, publicPayment: "none" },
      {
        model: "udbudsfri_opi",
        reasons: ["develops_without_purchase"],
        cautions: ["no_purchase_promise", "neutralise_head_start"],
      },
    ],
    [
      "adapting an existing product counts as development",
      { purpose: "adapt_existing", expectsLaterPurchase: false, publicPayment: "none" },
      {
        model: "udbudsfri_opi",
        reasons: ["develops_without_purchase"],
        cautions: ["no_purchase_promise", "neutralise_head_start"],
      },
    ],
    [
      "a small public payment under udbudsfri OPI asks for the threshold to be checked",
      { purpose: "develop_new", expectsLaterPurchase: false, publicPayment: "below_threshold" },
      {
        model: "udbudsfri_opi",
        reasons: ["develops_without_purchase"],
        cautions: ["no_purchase_promise", "neutralise_head_start", "check_threshold_with_lawyer"],
      },
    ],
    [
      "developing and then buying is an innovationspartnerskab",
      { purpose: "develop_new", expectsLaterPurchase: true, publicPayment: "none" },
      {
        model: "innovation_partnership",
        reasons: ["later_purchase_needs_partnership"],
        cautions: ["tender_announcement_required"],
      },
    ],
    [
      "paid development above the threshold is an innovationspartnerskab",
      { purpose: "adapt_existing", expectsLaterPurchase: false, publicPayment: "above_threshold" },
      {
        model: "innovation_partnership",
        reasons: ["paid_development_above_threshold"],
        cautions: ["tender_announcement_required"],
      },
    ],
    [
      "both reasons are given when both hold",
      { purpose: "develop_new", expectsLaterPurchase: true, publicPayment: "above_threshold" },
      {
        model: "innovation_partnership",
        reasons: ["later_purchase_needs_partnership", "paid_development_above_threshold"],
        cautions: ["tender_announcement_required"],
      },
    ],
  ])("%s", (_label, answers, expected) => {
    expect(recommendAgreementModel(answers)).toEqual(expected);
  });

  it("refuses answers outside the questions", () => {
    expect(ModelAnswers.safeParse({ purpose: "buy", expectsLaterPurchase: false, publicPayment: "none" }).success).toBe(
      false,
    );
  });
});
