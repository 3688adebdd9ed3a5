import { useEffect, useRef } from "react";
import { useBlocker, type Blocker } from "react-router-dom";

/**
 * Warns before leaving a form with unsaved changes: the router's blocker for links inside the app,
 * the browser's own prompt for reload and closing. `markSaved` lets a successful save leave.
 */
export function useUnsavedGuard(isDirty: boolean): { blocker: Blocker; markSaved: (isSaved: boolean) => void } {
  const isLeavingAfterSave = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isDirty && !isLeavingAfterSave.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);
  return {
    blocker,
    markSaved: (isSaved: boolean) => {
      isLeavingAfterSave.current = isSaved;
    },
  };
}
