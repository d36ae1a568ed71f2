import { useEffect, useState } from 'preact/hooks';

/**
 * A choice among `allowed`, remembered across visits in localStorage (a preference, not data): the
 * pipeline's layout, whether closed applications are hidden. Anything else stored reads as `fallback`.
 */
export function useRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return allowed.includes(stored as T) ? (stored as T) : fallback;
    } catch {
      return fallback;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Storage can be unavailable (private modes): the choice still holds for this visit.
    }
  }, [key, value]);
  return [value, setValue];
}
