import { pipelineCounts } from '../ui/counts';
import { useDb } from '../ui/db-context';
import { plural } from '../ui/format';
import { Logo } from '../ui/Logo';
import { useLiveQuery } from '../ui/use-live-query';
import { href } from './nav';
import type { Route } from './router';

export function Header({ routes, path }: { routes: readonly Route[]; path: string }) {
  const db = useDb();
  const counts = useLiveQuery(() => pipelineCounts(db), [db]);
  const links = routes.filter((route) => route.nav && !route.path.includes(':'));
  // A reminder's filtered pipeline (/list?…) is still the Pipeline section.
  const section = path.split('?')[0] === '/list' ? '/' : path;
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
