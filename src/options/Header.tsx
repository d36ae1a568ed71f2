import { pipelineCounts, type PipelineCounts } from '../ui/counts';
import { useDb } from '../ui/db-context';
import { whenFirstRendered } from '../ui/first-render';
import { readLastPipelineCounts, saveLastPipelineCounts } from '../ui/last-counts';
import { plural } from '../ui/format';
import { Logo } from '../ui/Logo';
import { useRememberedCounts, type RememberedCounts } from '../ui/use-remembered-counts';
import { href } from './nav';
import type { Route } from './router';

export function Header({ routes, path }: { routes: readonly Route[]; path: string }) {
  const db = useDb();
  // A reminder's filtered pipeline (/list?…) is still the Pipeline section.
  const section = path.split('?')[0] === '/list' ? '/' : path;
  const { counts } = useRememberedCounts(db, HEADER_COUNTS, section === '/' ? afterPipelineScreen : undefined);
  const links = routes.filter((route) => route.nav && !route.path.includes(':'));
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <a class="brand" href={href('/')}>
          <Logo size={30} />
          <span class="brand__name">Rebound</span>
        </a>
        {links.length > 1 ? (
          <nav class="site-nav" aria-label="Sections">
            {links.map((route) => (
              <a
                key={route.path}
                class="site-nav__link"
                href={href(route.path)}
                aria-current={section === route.path ? 'page' : undefined}
              >
                {route.nav}
              </a>
            ))}
          </nav>
        ) : null}
        {counts && counts.total > 0 ? (
          <p class="header-counts" data-testid="header-counts">
            <span>
              <strong>{counts.inFlight.toLocaleString()}</strong> in flight
            </span>
            <span>
              <strong>{counts.appliedThisWeek.toLocaleString()}</strong> sent this week
            </span>
            <span>{plural(counts.total, 'application')} in all</span>
          </p>
        ) : null}
      </div>
    </header>
  );
}

/** Longest the counts wait for the pipeline's first screen (one that failed to open never marks it). */
const COUNTS_WAIT_MS = 2000;

const HEADER_COUNTS: RememberedCounts<PipelineCounts> = {
  read: readLastPipelineCounts,
  save: saveLastPipelineCounts,
  count: pipelineCounts,
};

/**
 * When the page opens on the pipeline, its first screen goes first: the counts start once it is
 * painted (IndexedDB serves a page's reads largely in turn, and counting is the slowest of them).
 */
const afterPipelineScreen = () =>
  Promise.race([whenFirstRendered(), new Promise<void>((resolve) => setTimeout(resolve, COUNTS_WAIT_MS))]);
