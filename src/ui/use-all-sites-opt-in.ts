/**
 * The all-sites opt-in component, loaded on first render: it imports the extension API at load time,
 * and loading it late keeps the router (which imports every view) loadable in unit tests.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function useAllSitesOptIn(): ComponentType | null {
  const [component, setComponent] = useState<ComponentType | null>(null);
  useEffect(() => {
    import('./AllSitesOptIn').then(
      (module) => setComponent(() => module.AllSitesOptIn),
      () => undefined,
    );
  }, []);
  return component;
}
