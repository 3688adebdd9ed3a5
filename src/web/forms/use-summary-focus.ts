import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/**
 * Focus for an error summary after a failed submit. The focus moves in an effect, after React has
 * put the summary on the page (a frame callback can run before the render commits).
 */
export function useSummaryFocus<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) {
      ref.current?.focus();
      ref.current?.scrollIntoView({ block: "start" });
    }
  }, [request]);
  const focus = useCallback(() => setRequest((value) => value + 1), []);
  return [ref, focus];
}
