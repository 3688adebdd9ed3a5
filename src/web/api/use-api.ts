import { useCallback, useEffect, useState } from "react";
import { api } from "./client.js";

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
}

/** Loads a GET resource; reloads when the path changes; `null` loads nothing. Stale answers are dropped. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) {
      setIsLoading(false);
      return;
    }
    const controller = new AbortController();
    setIsLoading(true);
    setError(null);
    api.get<T>(path, controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) {
          setData(value);
          setIsLoading(false);
        }
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) {
          setError(failure);
          setIsLoading(false);
        }
      },
    );
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, isLoading, reload };
}
