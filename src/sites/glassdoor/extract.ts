/** Glassdoor: job listings carry ?jl=<id> (also jobListingId=); its Easy Apply runs on Indeed. */
import { defineSite } from '../site-reader';

function id(url: URL): string {
  const value = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId') ?? /_JL(\d+)/.exec(url.pathname)?.[1] ?? '';
  return /^\d+$/.test(value) ? value : '';
}

export const reader = defineSite({
  id: 'glassdoor',
  board: 'glassdoor',
  jobId: id,
  classify: (_doc, url) => (/\/job-listing\//.test(url.pathname) ? 'posting' : null),
});
