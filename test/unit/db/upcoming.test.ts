import { afterEach, describe, expect, it } from 'vitest';
import { addInterview } from '../../../src/db/contacts-interviews';
import { saveCapture, setStage } from '../../../src/db/repository';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { upcomingInterviews } from '../../../src/db/upcoming';
import { draft } from '../../support/builders';

let db: ReboundDb;
afterEach(async () => {
  await db?.delete();
});

const NOW = new Date(2026, 2, 11, 11).getTime();
const DAY = 86_400_000;

describe('interviews in the next seven days', () => {
  it('lists the rounds dated from now to a week ahead, soonest first, leaving out closed applications', async () => {
    db = openDb(`test-${crypto.randomUUID()}`);
    const app = async (company: string, jobId: string) =>
      (await saveCapture(db, draft({ company, jobId, url: `https://boards.greenhouse.io/x/jobs/${jobId}` }), { source: 'popup', stage: 'applied', now: NOW - 20 * DAY })).application;
    const acme = await app('Acme', '1');
    const globex = await app('Globex', '2');
    const initech = await app('Initech', '3');
    await addInterview(db, acme.id, { name: 'Final round', at: NOW + 6 * DAY, notes: '' }, 'options');
    await addInterview(db, acme.id, { name: 'Phone screen', at: NOW + DAY, notes: '' }, 'options');
    await addInterview(db, acme.id, { name: 'Last week', at: NOW - 7 * DAY, notes: '' }, 'options');
    await addInterview(db, globex.id, { name: 'Panel', at: NOW + 8 * DAY, notes: '' }, 'options');
    await addInterview(db, globex.id, { name: 'Still being arranged', at: null, notes: '' }, 'options');
    await addInterview(db, initech.id, { name: 'Technical', at: NOW + 2 * DAY, notes: '' }, 'options');
    await setStage(db, initech.id, 'withdrawn', 'options');

    const upcoming = await upcomingInterviews(db, NOW);
    expect(upcoming.map((u) => [u.company, u.round.name])).toEqual([
      ['Acme', 'Phone screen'],
      ['Acme', 'Final round'],
    ]);
    expect(await upcomingInterviews(db, NOW + 3 * DAY)).toHaveLength(2); // Final round and Globex's panel
  });
});
