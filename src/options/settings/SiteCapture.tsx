/**
 * Which sites capture automatically: one switch per job board or applicant-tracking system the
 * extension has a page script for (src/sites). Off, the background does not load the page agent there
 * (src/background/site-capture.ts); saving a job by hand from the toolbar still works everywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { SITE_URLS as SITES } from '../../sites/all-urls';
import type { Settings } from '../../core/settings';
import { boardLabel } from '../../ui/format';

export interface SiteCaptureServices {
  load(): Promise<Settings>;
  /** Read, change and store in one step (so a change made on another page is not overwritten). */
  update(change: (current: Settings) => Settings): Promise<Settings>;
}

const browserServices: SiteCaptureServices = {
  load: async () => (await import('../../shared/settings-store')).loadSettings(),
  update: async (change) => (await import('../../shared/settings-store')).updateSettings(change),
};

/** Sorted by name as people say it, so a site is easy to find. */
const SITE_LIST = SITES.map(({ id }) => ({ id, label: boardLabel(id) })).sort((a, b) => a.label.localeCompare(b.label));

export function SiteCapture({ services = browserServices }: { services?: SiteCaptureServices }) {
  const [disabled, setDisabled] = useState<readonly string[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void services.load().then(
      (settings) => setDisabled(settings.disabledSites),
      () => setDisabled([]),
    );
  }, [services]);

  if (!disabled) return null;

  const toggle = (id: string, on: boolean, label: string) => {
    const next = on ? disabled.filter((site) => site !== id) : [...new Set([...disabled, id])];
    setDisabled(next);
    services
      .update((current) => ({
        ...current,
        disabledSites: on ? current.disabledSites.filter((site) => site !== id) : [...new Set([...current.disabledSites, id])],
      }))
      .then(
        (saved) => {
          setDisabled(saved.disabledSites);
          setStatus(on ? `${label}: automatic capture is on.` : `${label}: automatic capture is off. Reload its open tabs to stop it there too.`);
        },
        () => setStatus('That change could not be saved. Please try again.'),
      );
  };

  return (
    <section class="card settings-section" aria-labelledby="site-capture-title">
      <h2 id="site-capture-title">Where Rebound notices applications</h2>
      <p class="field__hint">
        On these sites Rebound saves a job when you apply, without being asked. Turn a site off to keep it quiet there;
        you can still save any job by hand from the toolbar button.
      </p>
      <fieldset class="site-capture">
        <legend class="visually-hidden">Automatic capture per site</legend>
        {SITE_LIST.map((site) => {
          const id = `site-capture-${site.id}`;
          const on = !disabled.includes(site.id);
          return (
            <div class="site-capture__item" key={site.id}>
              <input id={id} type="checkbox" checked={on} onChange={(e) => toggle(site.id, e.currentTarget.checked, site.label)} data-site={site.id} />
              <label for={id}>{site.label}</label>
            </div>
          );
        })}
      </fieldset>
      <p role="status" class="settings-section__status">
        {status}
      </p>
    </section>
  );
}
