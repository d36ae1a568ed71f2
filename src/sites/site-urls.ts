/**
 * What one board or applicant-tracking system's addresses look like: which hosts are its, where its
 * always-on page script runs, and which addresses on them can hold a job (posting, application form
 * or confirmation). Patterns are tested against `pathname + search`, so a search view with a selected
 * job (`?currentJobId=`) counts and the bare search does not. Each site's urls.ts is the one place
 * these are written: the manifest, the page scripts, the agent's gate and the extractor read them.
 */
export interface SiteUrls {
  id: string;
  /**
   * The manifest match patterns this site's page script is declared for (and its host permissions):
   * the build gives every site its own small script (scripts/build-page-scripts.ts), so a page pays
   * only for its own site's pattern. Empty: no page script (the site is read when saved by hand, or
   * through the all-sites opt-in).
   */
  matches: readonly string[];
  /**
   * How job pages are reached. "page-loads": every job page is a full page load, so `matches` names
   * the job paths only and the site's other pages get no script at all. "in-page": the site changes
   * pages without loading one (a single-page app, a search that selects a job), so the script must
   * already be there: `matches` covers every page a job can be reached from.
   */
  navigation: 'page-loads' | 'in-page';
  /** Tested against the lower-case hostname: which site a page is on (agent, background, extractor). */
  hosts: RegExp;
  /** Postings and application forms. */
  jobPage: RegExp[];
  /** Where the ATS lands after a submission, when that is a route of its own. */
  confirmation?: RegExp[];
}

/** Addresses written beside a site's patterns: the agent must load on each of `must`, never on `mustNot`. */
export interface UrlExamples {
  must: string[];
  mustNot: string[];
}
