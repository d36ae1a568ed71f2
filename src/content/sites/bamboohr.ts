import type { SiteUrls } from './types';

/** /careers/<id> (the form opens on the same page) and the older /jobs/view.php?id=. */
export const bamboohr: SiteUrls = {
  id: 'bamboohr',
  matches: ['https://*.bamboohr.com/*'],
  hosts: /\.bamboohr\.com$/,
  jobPage: [/^\/careers\/\d+/, /^\/jobs\/view\.php\?(.*&)?id=\d+/],
};
