/** Care areas (plejeområder) used by organisations, needs and funding rules. */
export const CARE_AREAS = [
  "elder_care",
  "home_care",
  "nursing_home",
  "hospital",
  "disability",
  "rehabilitation",
  "dementia",
  "prevention",
  "psychiatry",
  "health_care",
] as const;

export type CareArea = (typeof CARE_AREAS)[number];
