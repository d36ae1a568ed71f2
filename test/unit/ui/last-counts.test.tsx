import { afterEach, describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/db/repository';
import { readLastCounts, saveLastCounts } from '../../../src/ui/last-counts';
import { PipelineSummary } from '../../../src/popup/components/PipelineSummary';
import { DbProvider } from '../../../src/ui/db-context';
import { freshDb, mount, waitFor, type Mounted } from './dom';
import { newDraft } from '../../support/builders';

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  localStorage.clear();
});

describe('the popup’s last known numbers', () => {
  it('round-trips, per database, and ignores anything malformed', () => {
    saveLastCounts('a', { any: true, inFlight: 3, appliedThisWeek: 1 });
    expect(readLastCounts('a')).toEqual({ any: true, inFlight: 3, appliedThisWeek: 1 });
    expect(readLastCounts('b')).toBeNull();
    localStorage.setItem('rebound:popup-counts:c', '{"any":true,"inFlight":-1,"appliedThisWeek":2}');
    expect(readLastCounts('c')).toBeNull();
    localStorage.setItem('rebound:popup-counts:d', 'not json');
    expect(readLastCounts('d')).toBeNull();
  });

  it('shows the last known numbers at once, then the exact count', async () => {
    const db = freshDb();
    await saveCapture(db, newDraft(), { source: 'auto', stage: 'applied' });
    saveLastCounts(db.name, { any: true, inFlight: 7, appliedThisWeek: 5 });
    view = mount(
      <DbProvider db={db}>
        <PipelineSummary />
      </DbProvider>,
    );
    const inFlight = () => view!.root.querySelector('[data-testid="in-flight"]')?.textContent;
    expect(inFlight()).toBe('7');
    await waitFor(() => inFlight() === '1', 'the exact count');
    expect(readLastCounts(db.name)).toEqual({ any: true, inFlight: 1, appliedThisWeek: 1 });
    await db.delete();
  });
});
