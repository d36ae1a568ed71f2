/**
 * Settings in one place (#/settings): the weekly goal, nudges and quiet hours (the nudges section,
 * src/options/settings/NudgeSettings.tsx), which sites capture automatically, the optional
 * permission for company career sites (src/ui/AllSitesOptIn.tsx), and reading replies in webmail
 * (src/options/mail/MailReplies.tsx).
 */
import { useEffect } from 'preact/hooks';
import { useAllSitesOptIn } from '../../ui/use-all-sites-opt-in';
import { useLazy } from '../../ui/use-lazy';
import { NudgeSettings } from './NudgeSettings';
import { SiteCapture } from './SiteCapture';
import './settings.css';

export function SettingsView() {
  const AllSitesOptIn = useAllSitesOptIn();
  // Imports the extension API at load time: loaded on first render, like the all-sites opt-in.
  const MailReplies = useLazy(() => import('../mail/MailReplies').then((module) => module.MailReplies));
  useEffect(() => {
    document.title = 'Settings · Rebound';
  }, []);
  return (
    <div class="settings-view">
      <div>
        <h1 tabIndex={-1}>Settings</h1>
        <p class="muted">Every change is saved as you make it.</p>
      </div>
      {/* Where Rebound works comes first: it decides what gets captured at all. */}
      {AllSitesOptIn ? (
        <div class="card settings-section">
          <AllSitesOptIn />
        </div>
      ) : null}
      <div class="card settings-section">
        <NudgeSettings />
      </div>
      <SiteCapture />
      {MailReplies ? (
        <div class="card settings-section">
          <MailReplies />
        </div>
      ) : null}
    </div>
  );
}
