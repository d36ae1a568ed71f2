import browser from '../shared/browser';

/** Open (or focus) the options page, at one application when given. */
export async function openOptions(applicationId?: string): Promise<void> {
  await openOptionsPath(applicationId ? `/app/${encodeURIComponent(applicationId)}` : '');
}

/** Open (or focus) the options page at a hash path ("/list?stage=saved"); "" opens it as it is. */
export async function openOptionsPath(path: string): Promise<void> {
  const base = browser.runtime.getURL('src/options/index.html');
  const url = path ? `${base}#${path}` : base;
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { url, active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/** The welcome page (first steps), opened once when Rebound is installed. */
export async function openWelcome(): Promise<void> {
  await openOptionsPath('/welcome');
}
