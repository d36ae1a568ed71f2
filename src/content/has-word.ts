/**
 * Does the address hold one of `words`, without case? The page scripts' cheap first look: on a page
 * that is not a job, compiling a case-blind regular expression was the dearest part of the all-sites
 * script's work (traced by scripts/bench/work-variants.ts); a few substring searches cost next to nothing.
 */
export function hasWord(pathAndQuery: string, words: readonly string[]): boolean {
  const lower = pathAndQuery.toLowerCase();
  for (const word of words) if (lower.includes(word)) return true;
  return false;
}
