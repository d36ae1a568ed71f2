/**
 * The always-on content script on the job boards and applicant-tracking systems in the manifest. It
 * only decides whether this frame could be a job page and, if so, asks the background to load the
 * page agent (detection, extraction, toast) into it. It imports no library; on a page that is not a
 * job page it does one host test and stops.
 */
import { decide } from './gate';
import { siteForHost } from './sites';
import { watchAddress } from './watch-address';

watchAddress(
  () => decide({ hostname: location.hostname, pathAndQuery: location.pathname + location.search, doc: document }).load,
  !!siteForHost(location.hostname),
);
