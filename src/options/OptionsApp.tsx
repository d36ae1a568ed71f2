/** The options page: header, the routed view, and the undo bar that outlives a route change. */
import { useEffect, useRef } from 'preact/hooks';
import type { ReboundDb } from '../db/schema';
import { DbProvider } from '../ui/db-context';
import { UndoProvider } from '../ui/UndoBar';
import { Header } from './Header';
import { resolve, ROUTES, useHashPath, type Route } from './router';

interface Props {
  /** Tests pass a fresh database; the extension uses the shared one. */
  db?: ReboundDb;
  routes?: readonly Route[];
  undoMs?: number;
}

function Shell({ routes = ROUTES, undoMs }: Omit<Props, 'db'>) {
  const path = useHashPath();
  const { route, params } = resolve(path, routes);
  const View = route.view;
  const first = useRef(true);

  // After a route change, move focus to the new view's heading so keyboard and screen-reader users
  // land at the top of what changed (not on the first load: the browser handles that).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The view may still be loading its record: then the main region takes focus instead.
    (document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main'))?.focus();
    window.scrollTo?.(0, 0);
  }, [path]);

  return (
    <UndoProvider timeoutMs={undoMs}>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <Header routes={routes} path={path} />
      <main id="main" class="page" tabIndex={-1}>
        <View key={path} params={params} />
      </main>
    </UndoProvider>
  );
}

export function OptionsApp({ db, ...rest }: Props) {
  return db ? (
    <DbProvider db={db}>
      <Shell {...rest} />
    </DbProvider>
  ) : (
    <Shell {...rest} />
  );
}
