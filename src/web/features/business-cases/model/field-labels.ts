import type { TFunction } from "i18next";

export type BcT = TFunction<"businessCases">;

/** The label key of every number in the model, by its last path segment (they are unique). */
const LEAF_LABELS = {
  purchase: "fields.purchase",
  installation: "fields.installation",
  implementation: "fields.implementation",
  training: "fields.training",
  licences: "fields.licences",
  service: "fields.service",
  maintenance: "fields.maintenance",
  hoursFreedPerYear: "fields.hoursFreedPerYear",
  hourlyCost: "fields.hourlyCost",
  otherSavings: "fields.otherSavings",
  avoidedCosts: "fields.avoidedCosts",
  developmentCost: "fields.developmentCost",
  unitCost: "fields.unitCost",
  unitPrice: "fields.unitPrice",
  supportCostPerUnit: "fields.supportCostPerUnit",
  salesCostPerYear: "fields.salesCostPerYear",
  institutions: "fields.institutions",
  unitsPerInstitution: "fields.unitsPerInstitution",
} as const;

const QUALITY_PARTS = {
  title: "fields.qualityTitle",
  score: "fields.qualityScore",
  description: "fields.qualityDescription",
} as const;

function isKeyOf<T extends object>(record: T, key: string | undefined): key is Extract<keyof T, string> {
  return key !== undefined && Object.prototype.hasOwnProperty.call(record, key);
}

function describeList(t: BcT, segments: string[], name: "phaseIn" | "adoption"): string {
  const index = segments[segments.length - 1];
  if (/^\d+$/.test(index)) {
    const year = Number(index) + 1;
    return name === "phaseIn" ? t("fields.phaseInYear", { year }) : t("fields.adoptionYear", { year });
  }
  return name === "phaseIn" ? t("fields.phaseIn") : t("fields.adoption");
}

function describeQuality(t: BcT, segments: string[]): string {
  const [, , index, part] = segments;
  if (index === undefined) {
    return t("fields.qualityEffects");
  }
  const number = Number(index) + 1;
  if (isKeyOf(QUALITY_PARTS, part)) {
    return t("fields.qualityPart", { number, part: t(QUALITY_PARTS[part]) });
  }
  return t("fields.qualityEffect", { number });
}

/**
 * The label a person sees for a model path: "publicSide.phaseIn.1" → "Indfasning år 2",
 * "companySide.market.unitsPerInstitution" → "Enheder pr. institution". Used by the error
 * summary, the version comparison and the tornado.
 */
export function describeField(t: BcT, path: string): string {
  const segments = path.split(".");
  const last = segments[segments.length - 1];
  if (segments[0] === "publicSide" && segments[1] === "phaseIn") {
    return describeList(t, segments, "phaseIn");
  }
  if (segments[0] === "companySide" && segments[2] === "adoption") {
    return describeList(t, segments, "adoption");
  }
  if (segments[0] === "publicSide" && segments[1] === "qualityEffects") {
    return describeQuality(t, segments);
  }
  if (isKeyOf(LEAF_LABELS, last)) {
    return t(LEAF_LABELS[last]);
  }
  switch (path) {
    case "title":
      return t("fields.title");
    case "horizonYears":
      return t("fields.horizonYears");
    case "discountRate":
    case "discountRate.mode":
      return t("fields.discountRate");
    case "discountRate.ratePct":
      return t("fields.ratePct");
    case "publicSide":
      return t("fields.publicSide");
    case "companySide":
      return t("fields.companySide");
    default:
      return path;
  }
}

/** The tornado's inputs: a list input moves every year at once. */
export function describeTornadoInput(t: BcT, path: string): string {
  if (path === "publicSide.phaseIn") {
    return t("fields.phaseInAll");
  }
  if (path === "companySide.market.adoption") {
    return t("fields.adoptionAll");
  }
  return describeField(t, path);
}
