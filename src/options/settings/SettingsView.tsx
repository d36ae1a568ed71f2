/**
 * Settings in one place (#/settings): the weekly goal, nudges and quiet hours (the nudges section,
 * src/options/settings/NudgeSettings.tsx), which sites capture automatically, and the optional
 * permission for company career sites (src/ui/AllSitesOptIn.tsx).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NudgeSettings } from './NudgeSettings';
import { SiteCapture } from './SiteCapture';
import './settings.css';

/**
 * AllSitesOptIn imports the extension API at load time; loading it on first render keeps the router
 * (which imports every view) loadable in unit tests, where there is no extension API.
 */
function useAllSitesOptIn(): ComponentType | null {
  const [component, setComponent] = useState<ComponentType | null>(null);
  useEffect(() => {
    import('../../ui/AllSitesOptIn').then(
      (module) => setComponent(() => module.AllSitesOptIn),
      () => undefined,
    );
  }, []);
  return component;
}

export function SettingsView() {
  const AllSitesOptIn = useAllSitesOptIn();
  useEffect(() => {
    document.title = 'Settings · Rebound';
  }, []);
  return (
    <div class="settings-view">
      <div>
        <h1 tabIndex={-1}>Settings</h1>
        <p class="muted">Every change is saved as you make it.</p>
      </div>
      <div class="card settings-section">
        <NudgeSettings />
      </div>
      <SiteCapture />
      {AllSitesOptIn ? (
        <div class="card settings-section">
          <AllSitesOptIn />
        </div>
      ) : null}
    </div>
  );
}
