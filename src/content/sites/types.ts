/**
 * What the always-on content script knows about one board or applicant-tracking system: which hosts
 * are its, and which addresses on them can hold a job (posting, application form or confirmation).
 * Patterns are tested against `pathname + search`, so a search view with a selected job
 * (`?currentJobId=`) counts and the bare search does not.
 */
export interface SiteUrls {
  id: string;
  /** Tested against the lower-case hostname. */
  hosts: RegExp;
  /** Postings and application forms. */
  jobPage: RegExp[];
  /** Where the ATS lands after a submission, when that is a route of its own. */
  confirmation?: RegExp[];
}
