/**
 * What the always-on content script knows about one board or applicant-tracking system: which hosts
 * are its, and which addresses on them can hold a job (posting, application form or confirmation).
 * Patterns are tested against `pathname + search`, so a search view with a selected job
 * (`?currentJobId=`) counts and the bare search does not.
 */
export interface SiteUrls {
  id: string;
  /**
   * The manifest match patterns this site's page script is declared for: the build gives every site
   * its own small script (scripts/build-page-scripts.ts), so a page pays only for its own site's table.
   */
  matches: readonly string[];
  /** Tested against the lower-case hostname: which site the agent and the background are on. */
  hosts: RegExp;
  /** Postings and application forms. */
  jobPage: RegExp[];
  /** Where the ATS lands after a submission, when that is a route of its own. */
  confirmation?: RegExp[];
}
