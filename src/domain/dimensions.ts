/** The dimensions of the 360° innovation assessment; a need records the one it came from. */
export const DIMENSIONS = [
  "technology",
  "strategy",
  "organisation",
  "business_development",
  "market_development",
  "competences",
  "user_involvement",
  "implementation",
] as const;

export type Dimension = (typeof DIMENSIONS)[number];
