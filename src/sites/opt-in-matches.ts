/**
 * Where the all-sites page script (src/content/all-sites.ts) runs once the person opts in, as match
 * patterns: what src/background/all-sites.ts registers, and what the benchmark and the detection
 * evaluation sort pages by.
 */
import { MAIL_PROVIDER_IDS, mailOrigins } from '../core/reply/providers';
import { JOB_ADDRESS_WORDS } from '../core/extract/job-address-words';
import { CONFIRMATION_WORDS } from '../core/extract/confirmation-route';
import { SITE_URLS } from './all-urls';
import { boardHosts, matchesPattern } from './manifest-entries';

/**
 * The registered script's id, and the file it runs (built by scripts/build-page-scripts.ts). It carries
 * no job-board tables: the boards' hosts are excluded below and keep their own scripts.
 */
export const ALL_SITES_SCRIPT_ID = 'rebound-all-sites';
export const ALL_SITES_SCRIPT = 'all-sites.js';

/**
 * Where the script runs: https addresses whose path or query holds a job word or a thank-you word
 * (src/core/extract/job-address-words.ts), as match patterns the browser checks before any script
 * loads. Even an empty page script costs a page a little; the everyday web now pays nothing.
 * Match patterns are case-sensitive, so each word is given as people write it: jobs, Jobs, JOBS. A
 * word inside another (post-apply holds apply) adds no pattern.
 */
export function allSitesMatches(): string[] {
  const words = [...new Set([...JOB_ADDRESS_WORDS, ...CONFIRMATION_WORDS])];
  const needed = words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
  const spellings = needed.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]);
  return [...new Set(spellings)].map((spelling) => `https://*/*${spelling}*`);
}

/**
 * Where the script never runs: the job boards' whole hosts (they have their own scripts) and the
 * webmail hosts (no job pages there; their script, if the person opts in, is the mail reader).
 */
export const allSitesExcludes = (): string[] => [...boardHosts(SITE_URLS), ...MAIL_PROVIDER_IDS.flatMap(mailOrigins)];

/**
 * Which page script an https address gets once the person opts in: its site's own (on a job board's or
 * ATS's host), the all-sites one, or none (the everyday web, and webmail).
 */
export function pageScriptAt(url: string): 'site' | 'all-sites' | 'none' {
  const on = (patterns: string[]) => patterns.some((pattern) => matchesPattern(pattern, url));
  if (on(boardHosts(SITE_URLS))) return 'site';
  // The registration's own two lists: the rest of the excluded hosts are webmail's.
  return !on(allSitesExcludes()) && on(allSitesMatches()) ? 'all-sites' : 'none';
}
