/**
 * The always-on content script on the job boards and applicant-tracking systems in the manifest. It
 * only decides whether this frame could be a job page and, if so, asks the background to load the
 * page agent (detection, extraction, toast) into it. It imports no library; on a page that is not a
 * job page it does one host test and stops.
 */
import { couldBeJobPage } from './gate';
import { siteForHost } from './sites';
import { watchAddress } from './watch-address';

// In-page navigation never changes the host: the site is looked up once, not on every address check.
const site = siteForHost(location.hostname);
watchAddress(() => couldBeJobPage(site, location.pathname + location.search, document), !!site);
