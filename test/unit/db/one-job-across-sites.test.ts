/**
 * One job across sites, in the store: a job saved on a board and applied to on the employer's system
 * is one record (by the board's outbound address, else by company and title), several possible
 * records are asked about (the capture is kept meanwhile), and the answer joins them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { joinSameJob, saveCapture, timeline } from '../../../src/db/repository';
import { draft } from '../../support/builders';

const NOW = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;
const GH = 'https://job-boards.greenhouse.io/acme/jobs/4012345';

/** The job as LinkedIn shows it, with its "Apply on company website" address. */
const onLinkedIn = (over = {}) =>
  draft({
    title: 'Senior Robotics Engineer',
    company: 'Acme Robotics',
    board: 'linkedin',
    jobId: '3912345678',
    url: 'https://www.linkedin.com/jobs/view/3912345678/',
    ...over,
  });
/** The same job's application on the employer's Greenhouse board. */
const onGreenhouse = (over = {}) => draft({ title: 'Senior Robotics Engineer', company: 'Acme Robotics Inc.', board: 'greenhouse', jobId: '4012345', url: GH, ...over });

let db: ReboundDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('by the board’s outbound apply address', () => {
  it('an application at the address the saved record kept updates that record, whatever its title says', async () => {
    const saved = await saveCapture(db, onLinkedIn({ applyUrl: 'https://boards.greenhouse.io/acme/jobs/4012345?gh_src=LinkedIn' }), { source: 'popup', stage: 'saved', now: NOW - 40 * DAY, site: 'linkedin' });
    expect(saved.application.otherKeys).toEqual(['greenhouse:4012345', 'https://boards.greenhouse.io/acme/jobs/4012345']);
    // 40 days later, another host of Greenhouse, another title: the address decides.
    const applied = await saveCapture(db, onGreenhouse({ title: 'Robotics Engineer (Senior)' }), { source: 'auto', stage: 'applied', now: NOW, site: 'greenhouse', acrossSites: true });
    expect(applied.created).toBe(false);
    expect(await db.applications.count()).toBe(1);
    const record = await db.applications.get(saved.application.id);
    expect(record).toMatchObject({ stage: 'applied', appliedAt: NOW, postingUrl: 'https://www.linkedin.com/jobs/view/3912345678/', title: 'Senior Robotics Engineer' });
    expect(record?.otherUrls).toEqual(['https://boards.greenhouse.io/acme/jobs/4012345?gh_src=LinkedIn', GH]);
    const events = await timeline(db, saved.application.id);
    expect(events.map((e) => [e.kind, e.site])).toEqual([['captured', 'linkedin'], ['applied', 'greenhouse']]);
  });
});

describe('by company and title', () => {
  it('one saved record that could be the job is updated: one record, applied, both addresses and sites', async () => {
    const saved = await saveCapture(db, onLinkedIn(), { source: 'popup', stage: 'saved', now: NOW - 3 * DAY, site: 'linkedin' });
    const applied = await saveCapture(db, onGreenhouse(), { source: 'auto', stage: 'applied', now: NOW, site: 'greenhouse', acrossSites: true });
    expect(applied.application.id).toBe(saved.application.id);
    expect(applied.choices).toBeUndefined();
    expect(await db.applications.count()).toBe(1);
    expect(await db.applications.get(saved.application.id)).toMatchObject({ stage: 'applied', otherUrls: [GH], otherKeys: ['greenhouse:4012345', GH] });
    // The same application again (a reload of the confirmation) finds the record by the address it now keeps.
    const again = await saveCapture(db, onGreenhouse(), { source: 'auto', stage: 'applied', now: NOW + 1000, site: 'greenhouse', acrossSites: true });
    expect(again.application.id).toBe(saved.application.id);
    expect(await db.applications.count()).toBe(1);
  });

  it('without acrossSites (the popup, a save) or when the saved one is old, closed or another level, a new record is made', async () => {
    await saveCapture(db, onLinkedIn(), { source: 'popup', stage: 'saved', now: NOW - 3 * DAY });
    await saveCapture(db, onLinkedIn({ jobId: '1', url: 'https://www.linkedin.com/jobs/view/1/', title: 'Staff Robotics Engineer' }), { source: 'popup', stage: 'saved', now: NOW - 3 * DAY });
    const manual = await saveCapture(db, onGreenhouse(), { source: 'popup', stage: 'applied', now: NOW });
    expect(manual.created).toBe(true);
    await db.applications.delete(manual.application.id);
    await db.applications.toCollection().modify({ savedAt: NOW - 31 * DAY, updatedAt: NOW - 31 * DAY });
    const old = await saveCapture(db, onGreenhouse(), { source: 'auto', stage: 'applied', now: NOW, acrossSites: true });
    expect(old.created).toBe(true);
    expect(await db.applications.count()).toBe(3);
  });

  it('two records that could be the job: the application is kept on its own and both are offered; the answer joins them', async () => {
    const fromLinkedIn = await saveCapture(db, onLinkedIn(), { source: 'popup', stage: 'saved', now: NOW - 5 * DAY, site: 'linkedin' });
    const fromIndeed = await saveCapture(db, onLinkedIn({ board: 'indeed', jobId: '0a1b2c3d4e5f6789', url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789' }), { source: 'popup', stage: 'saved', now: NOW - 2 * DAY, site: 'indeed' });
    const applied = await saveCapture(db, onGreenhouse(), { source: 'auto', stage: 'applied', now: NOW, site: 'greenhouse', acrossSites: true });
    expect(applied.created).toBe(true);
    expect(applied.choices?.map((c) => c.id)).toEqual([fromIndeed.application.id, fromLinkedIn.application.id]);
    expect(await db.applications.count()).toBe(3);

    const joined = await joinSameJob(db, applied.application.id, fromLinkedIn.application.id, NOW + 1000);
    expect(joined).toMatchObject({ id: fromLinkedIn.application.id, stage: 'applied', appliedAt: NOW, otherUrls: [GH] });
    expect(await db.applications.get(applied.application.id)).toBeUndefined();
    expect(await db.applications.get(fromIndeed.application.id)).toMatchObject({ stage: 'saved' });
    const events = await timeline(db, fromLinkedIn.application.id);
    expect(events.map((e) => [e.kind, e.site, e.from])).toEqual([['captured', 'linkedin', undefined], ['applied', 'greenhouse', 'saved']]);
  });

  it('joins only into a record the rules offered, and never drops what the person added since', async () => {
    const saved = await saveCapture(db, onLinkedIn(), { source: 'popup', stage: 'saved', now: NOW - 5 * DAY });
    const unrelated = await saveCapture(db, draft({ title: 'Accountant', company: 'Globex', jobId: '77', url: 'https://boards.greenhouse.io/globex/jobs/77' }), { source: 'popup', stage: 'saved', now: NOW - DAY });
    const applied = await saveCapture(db, onGreenhouse({ company: 'Other Co' }), { source: 'auto', stage: 'applied', now: NOW, acrossSites: true });
    expect(await joinSameJob(db, applied.application.id, unrelated.application.id, NOW)).toBeNull();
    expect(await joinSameJob(db, applied.application.id, saved.application.id, NOW)).toBeNull();
    expect(await joinSameJob(db, applied.application.id, 'no-such-record', NOW)).toBeNull();
    expect(await db.applications.count()).toBe(3);

    const second = await saveCapture(db, onGreenhouse({ jobId: '5', url: 'https://job-boards.greenhouse.io/acme/jobs/5' }), { source: 'auto', stage: 'applied', now: NOW, acrossSites: true });
    expect(second.application.id).toBe(saved.application.id);
    await db.applications.update(applied.application.id, { notes: 'Spoke to Sam' });
    await db.applications.update(applied.application.id, { company: 'Acme Robotics' });
    expect(await joinSameJob(db, applied.application.id, saved.application.id, NOW)).toBeNull();
    expect(await db.applications.get(applied.application.id)).toMatchObject({ notes: 'Spoke to Sam' });
  });
});
