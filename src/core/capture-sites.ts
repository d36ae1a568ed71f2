/**
 * The boards and applicant-tracking systems where Rebound captures automatically, by id. The content
 * script has its own URL table per site (src/content/sites); this plain list is what the rest of the
 * extension (settings, the background) may import, because anything the content script shares with
 * another entry point is split into a chunk and loaded through a module loader on every page.
 * test/unit/core/capture-sites.test.ts keeps the two in step.
 */
export const CAPTURE_SITE_IDS = [
  'linkedin',
  'indeed',
  'glassdoor',
  'wellfound',
  'greenhouse',
  'lever',
  'ashby',
  'workday',
  'smartrecruiters',
  'icims',
  'workable',
  'jobvite',
  'bamboohr',
  'teamtailor',
  'recruitee',
  'breezy',
  'personio',
] as const;
export type CaptureSiteId = (typeof CAPTURE_SITE_IDS)[number];
