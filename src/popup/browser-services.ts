/** The popup's services in a real extension: the active tab, and messages to the background. */
import browser from '../shared/browser';
import { send } from '../shared/send';
import type { PopupServices } from './services';

export const browserServices: PopupServices = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  },
  detect: (tabId) => send({ type: 'tab/detect', tabId }),
  save: (draft, stage) => send({ type: 'capture/save', draft, stage, trigger: 'popup', captureId: crypto.randomUUID() }),
  openPipeline(applicationId) {
    const opening = applicationId
      ? send({ type: 'options/open', applicationId })
      : browser.runtime.openOptionsPage();
    // The popup would stay open over the new tab in some browsers; close it once the tab is asked for.
    void opening.finally(() => window.close());
  },
  openAddJob() {
    void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#/add') }).finally(() => window.close());
  },
};
