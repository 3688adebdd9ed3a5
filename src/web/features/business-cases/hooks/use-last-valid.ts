import { useState } from "react";

/** The value while it is there; otherwise the last one there was (the figures stay up while a field is wrong). */
export function useLastValid<T>(value: T | null, initial: T): T {
  const [last, setLast] = useState(value ?? initial);
  if (value !== null && value !== last) {
    setLast(value);
  }
  return value ?? last;
}
