/** Glassdoor: job listings carry ?jl=<id> (also jobListingId=); its Easy Apply runs on Indeed. */
import { defineSite } from './site';

function id(url: URL): string {
  const value = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId') ?? /_JL(\d+)/.exec(url.pathname)?.[1] ?? '';
  return /^\d+$/.test(value) ? value : '';
}

export const glassdoor = defineSite({
  id: 'glassdoor',
  board: 'glassdoor',
  matches: (url) => /(^|\.)glassdoor\.[a-z.]+$/.test(url.hostname),
  jobId: id,
  classify: (_doc, url) => (/\/job-listing\//.test(url.pathname) ? 'posting' : null),
});
