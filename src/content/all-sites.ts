/**
 * The page script for every other https site, registered only once the person opts in to capture on
 * company career pages (src/background/all-sites.ts). It runs on every page they visit, so it carries
 * none of the job boards' address tables (those hosts keep their own scripts): it only looks for a
 * thank-you address or JobPosting data. Built as its own single file (scripts/build-page-scripts.ts).
 */
import { CONFIRMATION_ROUTE, hasJobPostingData } from './gate';
import { watchAddress } from './watch-address';

watchAddress({ address: CONFIRMATION_ROUTE, orPage: hasJobPostingData, poll: false });
