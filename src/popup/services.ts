/**
 * What the popup needs from the browser, as one small interface. main.tsx passes the real one
 * (./browser-services); tests pass fakes, so no test loads webextension-polyfill or a real tab.
 */
import type { JobDraft } from '../core/types';
import type { Reply } from '../shared/messages';

export interface ActiveTab {
  id: number;
  /** Present when the popup was opened from the toolbar (activeTab grants it). */
  url?: string;
}

export interface PopupServices {
  activeTab(): Promise<ActiveTab | undefined>;
  detect(tabId: number): Promise<Reply<'tab/detect'>>;
  save(draft: JobDraft, stage: 'saved' | 'applied'): Promise<Reply<'capture/save'>>;
  /** Open the options page, at one application when given. */
  openPipeline(applicationId?: string): void;
  /** Open the options page's "Add a job by hand" form (a referral or an email lead has no page). */
  openAddJob(): void;
}
