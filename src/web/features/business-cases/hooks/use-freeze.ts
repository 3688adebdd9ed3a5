import { useRef } from "react";

/**
 * The value while `isLive`; otherwise the value it had when it was last live. A hidden tab keeps
 * its last figures instead of redrawing tables and charts on every keystroke, and catches up
 * when it is opened.
 */
export function useFreeze<T>(value: T, isLive: boolean): T {
  const last = useRef(value);
  if (isLive) {
    last.current = value;
  }
  return isLive ? value : last.current;
}
