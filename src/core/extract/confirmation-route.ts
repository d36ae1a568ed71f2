/**
 * A confirmation-shaped address: where a site lands after an application (…/thank-you,
 * /application-submitted, ?success=1, Indeed's /post-apply). One pattern for the page scripts, the
 * agent and the classifier. It is a weak signal on its own; every reader also needs a visible success
 * message or a submit it saw.
 *
 * "thank" and "confirm" count wherever a word starts with them: job titles do not. "success",
 * "applied" and "submitted" are also words of job titles (/jobs/applied-scientist,
 * /jobs/customer-success-manager), so they count only as the last word of a path segment or as a
 * query name or value.
 */
export const CONFIRMATION_ROUTE =
  /(?:^|[^a-z])(?:thank|confirm)|(?:^|[/?&=._-])(?:success(?:ful)?|applied|submitted|post-apply)(?=$|[/?&=#.])/i;

/**
 * Every address CONFIRMATION_ROUTE accepts holds one of these words (without case): the page scripts
 * look for them first (src/content/has-word.ts) and compile the pattern only where one is.
 */
export const CONFIRMATION_WORDS = ['thank', 'confirm', 'success', 'applied', 'submitted', 'post-apply'];
