import { useCallback, useEffect, useRef } from "react";
import { useBlocker, type Blocker } from "react-router-dom";

/**
 * Warns before unsaved changes are lost: in-app navigation is held (show `blocker` in a dialog)
 * and the browser asks before the tab closes. `setLeaving(true)` just before a save navigates away.
 */
export function useUnsavedWarning(isDirty: boolean): { blocker: Blocker; setLeaving: (isLeaving: boolean) => void } {
  const isLeaving = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => isDirty && !isLeaving.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!isDirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      if (!isLeaving.current) {
        event.preventDefault();
      }
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  const setLeaving = useCallback((value: boolean) => {
    isLeaving.current = value;
  }, []);
  return { blocker, setLeaving };
}
