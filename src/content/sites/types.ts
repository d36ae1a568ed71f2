/**
 * What the always-on content script knows about one board or applicant-tracking system: which hosts
 * are its, and which addresses on them can hold a job (posting, application form or confirmation).
 * Patterns are tested against `pathname + search`, so a search view with a selected job
 * (`?currentJobId=`) counts and the bare search does not.
 */
export interface SiteUrls {
  id: string;
  /**
   * The registrable domain(s), e.g. "lever.co": a Map lookup that turns away every other host before
   * any regular expression is compiled (this runs on every page the script is injected into).
   */
  domain: string | readonly string[];
  /** Tested against the lower-case hostname, once the domain matched. */
  hosts: RegExp;
  /** Postings and application forms. */
  jobPage: RegExp[];
  /** Where the ATS lands after a submission, when that is a route of its own. */
  confirmation?: RegExp[];
}
