/** A component loaded on first render (dynamic import); null until it arrives, and if it fails to load. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function useLazy(load: () => Promise<ComponentType>): ComponentType | null {
  const [component, setComponent] = useState<ComponentType | null>(null);
  useEffect(() => {
    load().then(
      (loaded) => setComponent(() => loaded),
      () => undefined,
    );
  }, []);
  return component;
}
