import { useState } from "react";
import { useSearchParams } from "react-router-dom";

export const TABS = ["forudsaetninger", "pengestroemme", "foelsomhed", "versioner"] as const;
export type TabId = (typeof TABS)[number];

function isTab(value: string | null): value is TabId {
  return value !== null && (TABS as readonly string[]).includes(value);
}

/**
 * The open tab. It is shown at once (local state) and written to the address (?visning=…), so
 * reload and links keep it; the router's navigation runs as a transition and would lag behind
 * the arrow keys on a busy page.
 */
export function useTab(): [TabId, (tab: TabId) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const fromAddress = searchParams.get("visning");
  const [tab, setTab] = useState<TabId>(isTab(fromAddress) ? fromAddress : TABS[0]);
  const select = (next: TabId) => {
    setTab(next);
    setSearchParams(next === TABS[0] ? {} : { visning: next }, { replace: true });
  };
  return [tab, select];
}
