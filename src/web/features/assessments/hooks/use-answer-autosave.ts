import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerPatch, AnswerSet, AnswerValue } from "../../../../domain/questionnaire/index.js";
import type { Language } from "../../../../domain/validation.js";
import { ApiError, apiRequest } from "../../../api/client.js";
import type { SavedAnswers } from "../../../../domain/assessment/views.js";
import { applyLocalAnswer, requeueAfterRefusal, splitAnswerFields } from "../model/answers.js";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "refused" };

/** Choices save quickly; typing waits until the respondent pauses. */
export const CHOICE_DELAY_MS = 400;
export const TYPING_DELAY_MS = 1200;
const RETRY_DELAY_MS = 5000;

interface Options {
  token: string;
  language: Language;
  initial: AnswerSet;
  /** The link stopped working (404/410) or the response was submitted elsewhere (409). */
  onStopped: (error: ApiError) => void;
}

/**
 * The respondent's answers, saved as they are given: changes are collected and sent as one patch
 * after a short pause; one save is in flight at a time; a lost connection keeps the changes and
 * tries again. `flush` saves what is waiting now (before submitting).
 */
export function useAnswerAutosave({ token, language, initial, onStopped }: Options) {
  const [answers, setAnswers] = useState<AnswerSet>(initial);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const queued = useRef<AnswerPatch>({});
  const timer = useRef<number | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const stopped = useRef(onStopped);
  stopped.current = onStopped;

  const clearTimer = () => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
  };

  const send = useCallback(async (): Promise<boolean> => {
    const patch = queued.current;
    if (Object.keys(patch).length === 0) {
      return true;
    }
    queued.current = {};
    setState({ kind: "saving" });
    try {
      const saved = await apiRequest<SavedAnswers>(`/api/respond/${token}/answers?language=${language}`, {
        method: "PUT",
        body: { answers: patch },
      });
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))));
      setState(Object.keys(queued.current).length > 0 ? { kind: "pending" } : { kind: "saved", at: saved.savedAt });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const { questions } = splitAnswerFields(error.fields);
        setErrors((current) => ({ ...current, ...questions }));
        queued.current = requeueAfterRefusal(patch, Object.keys(questions), queued.current);
        setState({ kind: "refused" });
        return false;
      }
      if (error instanceof ApiError && [404, 409, 410].includes(error.status)) {
        stopped.current(error);
        return false;
      }
      // No connection or a server error: keep the answers and try again shortly.
      queued.current = { ...patch, ...queued.current };
      setState({ kind: "offline" });
      clearTimer();
      timer.current = window.setTimeout(() => void flushRef.current(), RETRY_DELAY_MS);
      return false;
    }
  }, [token, language]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimer();
    while (inFlight.current) {
      await inFlight.current;
    }
    const run = send();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [send]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const change = useCallback((key: string, value: AnswerValue | null, delay: number) => {
    setAnswers((current) => applyLocalAnswer(current, key, value));
    queued.current = { ...queued.current, [key]: value };
    setState({ kind: "pending" });
    clearTimer();
    timer.current = window.setTimeout(() => void flushRef.current(), delay);
  }, []);

  // Leaving with unsaved answers: save now, and let the browser ask before closing the tab.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(queued.current).length > 0 || inFlight.current) {
        event.preventDefault();
      }
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === "hidden" && Object.keys(queued.current).length > 0) {
        void flushRef.current();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", saveWhenHidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", saveWhenHidden);
      clearTimer();
    };
  }, []);

  return { answers, state, errors, setErrors, change, flush };
}
