/**
 * A series page's list (plans, content): loaded on mount, reloaded after every change the page
 * attempts, with the last error kept for <SeriesNote>. `load` must be stable (module level).
 */
import { useCallback, useEffect, useState } from "react";

export function useSeriesList<T>(load: () => Promise<T[]>, beforeAttempt?: () => void) {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(async () => {
    try {
      setItems(await load());
    } catch (e) {
      setError(e);
    }
  }, [load]);
  useEffect(() => void refresh(), [refresh]);

  /** Run one change; on success clear the error and reload, on failure keep the error. */
  const attempt = async (fn: () => Promise<unknown>) => {
    try {
      beforeAttempt?.();
      await fn();
      setError(null);
      await refresh();
    } catch (e) {
      setError(e);
    }
  };
  return { items, error, setError, refresh, attempt };
}
