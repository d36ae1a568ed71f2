/**
 * The page script for every other https site, registered only once the person opts in to capture on
 * company career pages (src/background/all-sites.ts). It runs on every page they visit, so it carries
 * none of the job boards' address tables (those hosts keep the manifest's script): it only looks for
 * JobPosting data or a thank-you address. Built as its own single file (vite.agent.config.ts).
 */
import { couldBeJobPageOffBoard } from './gate';
import { watchAddress } from './watch-address';

watchAddress(() => couldBeJobPageOffBoard(location.pathname + location.search, document), false);
