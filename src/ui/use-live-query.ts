/**
 * Dexie's liveQuery as a Preact hook (what dexie-react-hooks does, in a few lines): the component
 * re-renders whenever the data the query read changes, from this page or another extension page.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveState<T> {
  /** undefined until the first result arrives (and again after `deps` change). */
  value: T | undefined;
  error: unknown;
}

export function useLiveQueryState<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T> & { deps: readonly unknown[] }>({
    value: undefined,
    error: undefined,
    deps,
  });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, deps }),
      error: (error: unknown) => setState({ value: undefined, error, deps }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query is rebuilt, as with useEffect.
  }, deps);
  // A result computed for other deps (e.g. another application id) is never shown for these.
  const current = state.deps.length === deps.length && state.deps.every((dep, i) => Object.is(dep, deps[i]));
  return current ? state : { value: undefined, error: undefined };
}

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  return useLiveQueryState(query, deps).value;
}
