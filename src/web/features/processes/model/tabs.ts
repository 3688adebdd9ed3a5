/** The sections of a process's page; the URL carries the open one (`?fane=aftaler`). */
export const TABS = [
  "overview",
  "gate",
  "timeline",
  "participants",
  "agreements",
  "tasks",
  "testPlans",
  "documents",
  "equalTreatment",
  "activity",
] as const;
export type Tab = (typeof TABS)[number];

const SLUGS: Record<Tab, string> = {
  overview: "overblik",
  gate: "gate",
  timeline: "tidslinje",
  participants: "deltagere",
  agreements: "aftaler",
  tasks: "opgaver",
  testPlans: "testplaner",
  documents: "dokumenter",
  equalTreatment: "ligebehandling",
  activity: "aktivitet",
};

export function tabFromSlug(slug: string | null): Tab {
  return TABS.find((tab) => SLUGS[tab] === slug) ?? "overview";
}

export function tabHref(processId: string, tab: Tab): string {
  return tab === "overview" ? `/forloeb/${processId}` : `/forloeb/${processId}?fane=${SLUGS[tab]}`;
}
