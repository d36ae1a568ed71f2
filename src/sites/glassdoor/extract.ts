/** Glassdoor: job listings carry ?jl=<id> (also jobListingId=); its Easy Apply runs on Indeed. */
import { defineSite, outboundLink } from '../site-reader';

function id(url: URL): string {
  const value = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId') ?? /_JL(\d+)/.exec(url.pathname)?.[1] ?? '';
  return /^\d+$/.test(value) ? value : '';
}

export const reader = defineSite({
  id: 'glassdoor',
  board: 'glassdoor',
  jobId: id,
  // "Apply on employer site": a link whose target leaves Glassdoor (its own redirects hide it).
  applyUrl: (doc, url) => outboundLink(doc, url, 'a[data-test="applyButton"], a[data-test="apply-button"], a[aria-label^="Apply on employer site"]', /(^|\.)glassdoor\./),
  classify: (_doc, url) => (/\/job-listing\//.test(url.pathname) ? 'posting' : null),
});
