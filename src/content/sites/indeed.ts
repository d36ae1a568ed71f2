import type { SiteUrls } from './types';

/** viewjob, a search with a selected job (`vjk=`), and the smartapply flow on its own host. */
export const indeed: SiteUrls = {
  id: 'indeed',
  matches: ['https://*.indeed.com/*'],
  hosts: /(^|\.)indeed\.com$/,
  jobPage: [/^\/(m\/)?viewjob\b/, /^\/(m\/)?jobs\?(.*&)?vjk=[0-9a-f]+/, /^\/beta\/indeedapply\/form\//],
  confirmation: [/^\/beta\/indeedapply\/(form\/)?post-apply/],
};
