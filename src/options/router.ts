/**
 * The options page's hash router. Each route is one line in ROUTES: a path pattern (":name" captures
 * one segment) and the view that renders it with those params. First match wins; a path no route
 * matches shows NotFoundView. To add a page, import its view and add a line, e.g.
 *   { path: '/debrief/:id', view: DebriefView },
 *   { path: '/settings', view: SettingsView, nav: 'Settings' },   // `nav` also puts it in the header
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { pathFromHash } from './nav';
import { ListView } from './pipeline/ListView';
import { DetailView } from './application/DetailView';
import { NotFoundView } from './NotFoundView';
import { DebriefView } from './debrief/DebriefView';
import { InsightsView } from './debrief/InsightsView';
import { PreferencesView } from './debrief/Preferences';
import { StatsView } from './stats/StatsView';
import { DataView } from './data/DataView';
import { SettingsView } from './settings/SettingsView';
import { AddJobView } from './add/AddJobView';
import { WelcomeView } from './welcome/WelcomeView';

export type RouteParams = Record<string, string>;

export interface Route {
  path: string;
  view: ComponentType<{ params: RouteParams }>;
  /** Label of a header link to this route (only for routes without params). */
  nav?: string;
}

export const ROUTES: Route[] = [
  { path: '/', view: ListView, nav: 'Pipeline' },
  // Reminders' deep links: the pipeline with the query's filter (?stage=… or ?ids=…, see list-query.ts).
  { path: '/list', view: ListView },
  { path: '/app/:id', view: DetailView },
  { path: '/add', view: AddJobView },
  { path: '/debrief/:id', view: DebriefView },
  { path: '/insights', view: InsightsView, nav: 'Insights' },
  { path: '/preferences', view: PreferencesView },
  { path: '/stats', view: StatsView, nav: 'Stats' },
  { path: '/data', view: DataView, nav: 'Your data' },
  { path: '/settings', view: SettingsView, nav: 'Settings' },
  // First steps, opened once on install (src/background/index.ts).
  { path: '/welcome', view: WelcomeView },
];

/** Match a path against one pattern: "/app/:id" vs "/app/42" → { id: "42" }; null when it differs. */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('?')[0]!.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

export function resolve(path: string, routes: readonly Route[] = ROUTES): { route: Route; params: RouteParams } {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return { route: { path: '*', view: NotFoundView }, params: {} };
}

/** The current hash path, updated on every hashchange. */
export function useHashPath(): string {
  const [path, setPath] = useState(() => pathFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPath(pathFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}
