import { afterEach, describe, expect, it } from 'vitest';
import type { ReboundDb } from '../../../src/db/schema';
import { saveCapture } from '../../../src/db/repository';
import { DbProvider, useDb } from '../../../src/ui/db-context';
import { useLiveQuery } from '../../../src/ui/use-live-query';
import { freshDb, mount, waitFor, type Mounted } from './dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let view: Mounted | undefined;

afterEach(async () => {
  view?.unmount();
  db.close();
  await db.delete();
});

function Count() {
  const database = useDb();
  const count = useLiveQuery(() => database.applications.count(), [database]);
  return <p>{count === undefined ? 'loading' : `count ${count}`}</p>;
}

describe('useLiveQuery', () => {
  it('re-renders when the data it read changes, on the database given by the provider', async () => {
    db = freshDb();
    view = mount(
      <DbProvider db={db}>
        <Count />
      </DbProvider>,
    );
    await waitFor(() => view!.root.textContent === 'count 0', 'first result');
    await saveCapture(db, newDraft(), { source: 'popup', stage: 'saved' });
    await waitFor(() => view!.root.textContent === 'count 1', 'live update');
    expect(view.root.textContent).toBe('count 1');
  });
});
