import type { SiteUrls } from './types';

/** Job view, and the search or collections views once a job is selected in them (Easy Apply opens over both). */
export const linkedin: SiteUrls = {
  id: 'linkedin',
  matches: ['https://*.linkedin.com/jobs/*'],
  hosts: /(^|\.)linkedin\.com$/,
  jobPage: [/^\/jobs\/view\/\d+/, /^\/jobs\/(search|collections)(\/[^?]*)?\?(.*&)?currentJobId=\d+/],
};
