import browser from '../shared/browser';
import { openOptionsAt } from './options-tab';

/** Open (or focus) the options page, at one application when given. */
export async function openOptions(applicationId?: string): Promise<void> {
  await openOptionsAt(browser, applicationId ? `/app/${encodeURIComponent(applicationId)}` : '');
}

/** The welcome page (first steps), opened once when Rebound is installed. */
export async function openWelcome(): Promise<void> {
  await openOptionsAt(browser, '/welcome');
}
