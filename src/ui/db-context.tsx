/**
 * Which database the UI reads and writes. Extension pages use the shared connection; tests wrap a
 * component in <DbProvider db={openDb('test-…')}> so each test gets a fresh, private store.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { getDb, type ReboundDb } from '../db/schema';

const DbContext = createContext<ReboundDb | null>(null);

export function DbProvider({ db, children }: { db: ReboundDb; children: ComponentChildren }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The database of the nearest provider, else the page's shared connection (opened lazily). */
export function useDb(): ReboundDb {
  return useContext(DbContext) ?? getDb();
}
