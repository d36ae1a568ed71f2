import { describe, expect, it } from 'vitest';
import { siteCaptureAllowed } from '../../../src/background/site-capture-rule';
import { defaultSettings, parseSettings } from '../../../src/core/settings';

describe('per-site automatic capture', () => {
  it('refuses frames of a disabled site only', () => {
    const off = ['linkedin', 'greenhouse'];
    expect(siteCaptureAllowed(off, 'https://www.linkedin.com/jobs/view/123')).toBe(false);
    expect(siteCaptureAllowed(off, 'https://job-boards.greenhouse.io/acme/jobs/1')).toBe(false);
    expect(siteCaptureAllowed(off, 'https://jobs.lever.co/acme/1')).toBe(true);
    // Company career sites (no known site) are governed by the all-sites permission instead.
    expect(siteCaptureAllowed(off, 'https://careers.example-company.com/jobs/1')).toBe(true);
    expect(siteCaptureAllowed([], 'https://www.linkedin.com/jobs/view/123')).toBe(true);
    expect(siteCaptureAllowed(off, undefined)).toBe(true);
  });

  it('keeps the list in settings, defaulting to every site on', () => {
    expect(defaultSettings().disabledSites).toEqual([]);
    expect(parseSettings({ ...defaultSettings(), disabledSites: ['indeed'] }).disabledSites).toEqual(['indeed']);
    expect(parseSettings({ ...defaultSettings(), disabledSites: 'indeed' }).disabledSites).toEqual([]);
    const { disabledSites: _dropped, ...older } = defaultSettings();
    expect(parseSettings(older).disabledSites).toEqual([]);
  });
});
