import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * …/<site>/job/<location>/<title>_<req id> (and its /apply/… steps), or the newer …/details/<title>_<req
 * id>, on both Workday hosts. The site's own listing (…/<site>) and the candidate home are not jobs.
 */
export const urls: SiteUrls = {
  id: 'workday',
  // A single-page app: search results open a job without a page load.
  navigation: 'in-page',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  hosts: /\.(myworkdayjobs|myworkdaysite)\.com$/,
  jobPage: [/\/job\/[^/?#]+\/[^/?#]+/, /\/details\/[^/?#]+_[A-Za-z0-9-]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Engineer_JR12345',
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Engineer_JR12345/apply/applyManually',
    'https://wd1.myworkdaysite.com/recruiting/acme/External/job/Santa-Clara-CA/Senior-Engineer_JR12345',
    'https://acme.wd1.myworkdayjobs.com/External/details/Senior-Engineer_JR12345',
  ],
  mustNot: [
    'https://acme.wd5.myworkdayjobs.com/en-US/External',
    'https://acme.wd5.myworkdayjobs.com/en-US/External/userHome',
    'https://acme.wd5.myworkdayjobs.com/en-US/External?q=engineer',
  ],
};
