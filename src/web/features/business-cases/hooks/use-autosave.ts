import { useCallback, useEffect, useRef, useState } from "react";
import type { BusinessCasePatch } from "../../../../domain/business-case/requests.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { api, ApiError } from "../../../api/client.js";

export type SaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "saving" }
  | { kind: "invalid" }
  | { kind: "failed"; message: string | null };

export interface Autosave {
  status: SaveStatus;
  /** The server's field messages from the last failed save (path → message). */
  serverErrors: Record<string, string>;
  /** Saves now what is waiting; true when the draft is saved afterwards. */
  flush: () => Promise<boolean>;
}

/**
 * Only the fields that changed since the last save, so that one party's autosave does not write
 * back the other party's shared fields (horizon, rate) as they were when the page was opened.
 */
export function pickChanges(saved: string | null, next: string): Record<string, unknown> {
  const before = saved === null ? {} : (JSON.parse(saved) as Record<string, unknown>);
  const after = JSON.parse(next) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])),
  );
}

/**
 * Autosave of the draft: each valid change is sent as one PATCH after a short pause, one request
 * at a time, newest last. A change still waiting when the page is left is sent on the way out,
 * and the browser warns before a tab with unsaved changes is closed.
 */
export function useAutosave(
  caseId: string,
  patch: BusinessCasePatch | null,
  onSaved: (saved: BusinessCase) => void,
  delay = 700,
): Autosave {
  const body = patch ? JSON.stringify(patch) : null;
  const lastSaved = useRef(body);
  const latest = useRef(body);
  latest.current = body;
  const inFlight = useRef<Promise<boolean> | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const isDirty = body !== null && body !== lastSaved.current;

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) {
      await inFlight.current;
    }
    const sending = latest.current;
    if (sending === null || sending === lastSaved.current) {
      return sending !== null;
    }
    setStatus({ kind: "saving" });
    const request = api
      .patch<BusinessCase>(`/api/business-cases/${caseId}`, pickChanges(lastSaved.current, sending))
      .then(
        (saved) => {
          lastSaved.current = sending;
          setServerErrors({});
          onSavedRef.current(saved);
          setStatus(latest.current === sending ? { kind: "saved", at: new Date() } : { kind: "saving" });
          return true;
        },
        (error: unknown) => {
          setServerErrors(error instanceof ApiError ? error.fields : {});
          setStatus({
            kind: "failed",
            message: error instanceof ApiError && error.status < 500 ? error.message : null,
          });
          return false;
        },
      );
    inFlight.current = request;
    const saved = await request;
    inFlight.current = null;
    return saved;
  }, [caseId]);

  useEffect(() => {
    if (body === null || body === lastSaved.current) {
      return;
    }
    const timer = window.setTimeout(() => void save(), delay);
    return () => window.clearTimeout(timer);
  }, [body, delay, save]);

  useEffect(() => {
    if (!isDirty && status.kind !== "failed" && body !== null) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty, status.kind, body]);

  // Leaving the page within the pause: send what is waiting (the request outlives the page).
  useEffect(
    () => () => {
      const waiting = latest.current;
      if (waiting === null || waiting === lastSaved.current) {
        return;
      }
      const send = () =>
        api.patch(`/api/business-cases/${caseId}`, pickChanges(lastSaved.current, waiting)).catch(() => undefined);
      void (inFlight.current ? inFlight.current.then(send) : send());
    },
    [caseId],
  );

  const shown: SaveStatus =
    patch === null ? { kind: "invalid" } : isDirty && status.kind === "saved" ? { kind: "saving" } : status;
  return { status: shown, serverErrors, flush: save };
}
