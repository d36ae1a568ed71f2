/**
 * Per-site automatic capture: the user can turn it off for a board or ATS in Settings
 * (settings.disabledSites). The background then refuses to load the page agent into its frames, so
 * nothing is detected or recorded there; saving by hand from the popup still works.
 */
import { loadSettings } from '../shared/settings-store';
import { siteCaptureAllowed } from './site-capture-rule';

export async function captureAllowedAt(frameUrl: string | undefined): Promise<boolean> {
  return siteCaptureAllowed((await loadSettings()).disabledSites, frameUrl);
}
