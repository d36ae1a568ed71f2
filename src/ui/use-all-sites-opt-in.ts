/**
 * The all-sites opt-in component, loaded on first render: it imports the extension API at load time,
 * and loading it late keeps the router (which imports every view) loadable in unit tests.
 */
import type { ComponentType } from 'preact';
import { useLazy } from './use-lazy';

export function useAllSitesOptIn(): ComponentType | null {
  return useLazy(() => import('./AllSitesOptIn').then((module) => module.AllSitesOptIn));
}
