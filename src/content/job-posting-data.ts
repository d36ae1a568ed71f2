/**
 * Does this page declare a job in its structured data? What the all-sites page script asks on a site
 * without an address table (src/content/all-sites.ts), and the agent asks there after each in-page
 * navigation (src/agent/job-page.ts).
 */

import { JOB_ADDRESS_WORDS } from '../core/extract/job-address-words';
import { hasWord } from './has-word';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** A JSON-LD script that mentions JobPosting (the type attribute compared without case). */
const JSON_LD_JOB = `script[translate(@type,'${UPPER}','${LOWER}')='application/ld+json'][contains(.,'JobPosting')]`;
const IN_HEAD = `boolean(/html/head/${JSON_LD_JOB})`;
const ANYWHERE = `boolean(//${JSON_LD_JOB})`;
const MICRODATA = '[itemtype*="JobPosting" i]';
/** XPathResult.BOOLEAN_TYPE, written out: reading the constant would build one more DOM wrapper. */
const BOOLEAN_TYPE = 3;

/**
 * JSON-LD or microdata that declares a JobPosting. Reads script text only; parses nothing.
 * This runs on every page of someone who opted in to capture everywhere, so each question is one
 * native call that hands back a boolean (XPath) or usually nothing (a selector), not a walk over
 * elements in script; and <head> (small, where most sites put JSON-LD) is read always, the whole page
 * only on an address that looks like a job page (WP Job Manager's /job/…, a career site's /careers/…).
 */
export function hasJobPostingData(doc: Document, pathAndQuery = ''): boolean {
  try {
    return (
      doc.evaluate(IN_HEAD, doc, null, BOOLEAN_TYPE, null).booleanValue ||
      (hasWord(pathAndQuery, JOB_ADDRESS_WORDS) &&
        (doc.evaluate(ANYWHERE, doc, null, BOOLEAN_TYPE, null).booleanValue || doc.querySelector(MICRODATA) !== null))
    );
  } catch {
    // A document XPath cannot read (an XML page without the HTML namespace rules): nothing found.
    return false;
  }
}
