import { useSearchParams } from "react-router-dom";

export const TABS = ["forudsaetninger", "pengestroemme", "foelsomhed", "versioner"] as const;
export type TabId = (typeof TABS)[number];

function isTab(value: string | null): value is TabId {
  return value !== null && (TABS as readonly string[]).includes(value);
}

/** The open tab lives in the address (?visning=…), so reload, back and links keep it. */
export function useTab(): [TabId, (tab: TabId) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get("visning");
  const tab = isTab(value) ? value : TABS[0];
  const select = (next: TabId) => setSearchParams(next === TABS[0] ? {} : { visning: next }, { replace: true });
  return [tab, select];
}
