/**
 * The page script for every other https site, registered only once the person opts in to capture on
 * company career pages (src/background/all-sites.ts). It runs on every page they visit, so it carries
 * none of the job boards' address tables (those hosts keep their own scripts): it only looks for a
 * thank-you address (the agent looks there only to match it with a submit it saw on the tab's
 * previous page; it records nothing alone) or JobPosting data. Built as its own single file
 * (scripts/build-page-scripts.ts).
 */
import { confirmationAddress } from './confirmation-address';
import { hasJobPostingData } from './job-posting-data';
import { watchAddress } from './watch-address';

watchAddress({ address: confirmationAddress, orPage: hasJobPostingData, poll: false });
