import { useEffect, useState } from 'preact/hooks';

/**
 * useState that survives leaving and re-entering a view (and a reload) within this tab, e.g. the
 * pipeline filters while someone opens an application and comes back. `override`, when given, wins
 * over what was stored (a deep link that asks for particular filters) and is stored in its place.
 */
export function useSessionState<T>(key: string, initial: T, override?: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    if (override !== undefined) return override;
    try {
      const stored = sessionStorage.getItem(key);
      return stored === null ? initial : ({ ...initial, ...JSON.parse(stored) } as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage can be unavailable (private modes): the state still works for this visit.
    }
  }, [key, value]);
  return [value, setValue];
}
