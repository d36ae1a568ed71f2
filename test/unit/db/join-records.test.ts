/**
 * "Same job as…": two records of one job become one, in one transaction. Each kind of data a person
 * keeps is carried (addresses and board keys, timelines, notes, contacts, interview rounds, tags,
 * documents, debrief, action items, preferences), nothing is left pointing at the record that went,
 * a failure half-way changes nothing, and Undo puts both back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { findSameJob, saveCapture, setStage, timeline, updateFields } from '../../../src/db/repository';
import { joinRecords, undoJoin } from '../../../src/db/join-repository';
import { addActionItem, addPreference, ensureDebriefFor, saveDebrief } from '../../../src/db/debrief-repository';
import { addContact, addInterview } from '../../../src/db/contacts-interviews';
import { draft } from '../../support/builders';
import { eventsOf } from '../../../src/db/events-of';

const NOW = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;
const LI = 'https://www.linkedin.com/jobs/view/3912345678/';
const GH = 'https://job-boards.greenhouse.io/acme/jobs/4012345';

let db: ReboundDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** Saved from LinkedIn 10 days ago; applied to on Greenhouse 2 days ago as a record of its own. */
async function twoRecords() {
  const saved = await saveCapture(db, draft({ title: 'Senior Robotics Engineer', company: 'Acme Robotics', board: 'linkedin', jobId: '3912345678', url: LI, location: 'Austin, TX' }), {
    source: 'popup', stage: 'saved', now: NOW - 10 * DAY, site: 'linkedin',
  });
  const applied = await saveCapture(db, draft({ title: 'Robotics Engineer (Senior)', company: 'Acme', board: 'greenhouse', jobId: '4012345', url: GH, location: '', salary: '$150k' }), {
    source: 'auto', stage: 'applied', now: NOW - 2 * DAY, site: 'greenhouse',
  });
  return { keep: saved.application.id, gone: applied.application.id };
}

/** Every row of every table, to compare a store before and after. */
async function everything() {
  const byId = <T extends { id?: unknown }>(rows: T[]) => rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return {
    applications: byId(await db.applications.toArray()),
    events: byId(await db.events.toArray()),
    debriefs: byId(await db.debriefs.toArray()),
    actionItems: byId(await db.actionItems.toArray()),
    preferences: byId(await db.preferences.toArray()),
  };
}

/** No row anywhere still points at the record that went. */
async function pointingAt(id: string): Promise<number> {
  const counts = await Promise.all([
    eventsOf(db, id).count(),
    db.debriefs.where('applicationId').equals(id).count(),
    db.actionItems.where('applicationId').equals(id).count(),
    db.preferences.where('sourceApplicationId').equals(id).count(),
  ]);
  return counts.reduce((a, b) => a + b, 0) + ((await db.applications.get(id)) ? 1 : 0);
}

describe('joinRecords', () => {
  it('the kept record gets both addresses and both board keys; a capture at either finds it', async () => {
    const { keep, gone } = await twoRecords();
    const { application } = await joinRecords(db, keep, gone, { now: NOW });
    expect(await db.applications.count()).toBe(1);
    expect(application).toMatchObject({ id: keep, postingUrl: LI, jobKey: 'linkedin:3912345678', otherUrls: [GH] });
    expect((await db.applications.get(keep))?.otherKeys).toContain('greenhouse:4012345');
    expect((await findSameJob(db, { url: GH, board: 'greenhouse', jobId: '4012345' }))?.record.id).toBe(keep);
    expect((await findSameJob(db, { url: LI, board: 'linkedin', jobId: '3912345678' }))?.record.id).toBe(keep);
  });

  it('its own details stay, empty ones are filled; the later stage, the earliest saved and the real applied date', async () => {
    const { keep, gone } = await twoRecords();
    const { application } = await joinRecords(db, keep, gone, { now: NOW });
    expect(application).toMatchObject({
      title: 'Senior Robotics Engineer',
      company: 'Acme Robotics',
      location: 'Austin, TX',
      salary: '$150k',
      stage: 'applied',
      savedAt: NOW - 10 * DAY,
      appliedAt: NOW - 2 * DAY,
      updatedAt: NOW,
    });
    // Joined the other way round: still applied, still the first saved date.
    await db.delete();
    db = openDb(`test-${crypto.randomUUID()}`);
    const again = await twoRecords();
    const reversed = await joinRecords(db, again.gone, again.keep, { now: NOW });
    expect(reversed.application).toMatchObject({ stage: 'applied', savedAt: NOW - 10 * DAY, appliedAt: NOW - 2 * DAY, postingUrl: GH, otherUrls: [LI] });
  });

  it('a later stage on the record that goes wins, and a stage past applied keeps the first applied date', async () => {
    const { keep, gone } = await twoRecords();
    await setStage(db, gone, 'interviewing', 'options', NOW - DAY);
    await setStage(db, keep, 'applied', 'options', NOW - 5 * DAY);
    const { application } = await joinRecords(db, keep, gone, { now: NOW });
    expect(application).toMatchObject({ stage: 'interviewing', appliedAt: NOW - 5 * DAY });
  });

  it('both timelines, in order, with both sources, and a line saying what was joined', async () => {
    const { keep, gone } = await twoRecords();
    await joinRecords(db, keep, gone, { now: NOW, note: true });
    const events = await timeline(db, keep);
    expect(events.map((e) => [e.kind, e.site ?? e.detail, e.at])).toEqual([
      ['captured', 'linkedin', NOW - 10 * DAY],
      ['applied', 'greenhouse', NOW - 2 * DAY],
      ['joined', '“Robotics Engineer (Senior)” at Acme, from Greenhouse', NOW],
    ]);
    // The application that came in on the other record started from this one's "saved".
    expect(events[1]?.from).toBe('saved');
  });

  it('notes joined, contacts and interview rounds carried (the same one once), tags and documents kept', async () => {
    const { keep, gone } = await twoRecords();
    await updateFields(db, keep, { notes: 'Found through Sam.', tags: ['robotics', 'referral'], resumeVersion: 'v3', excitement: 4 }, 'options', NOW - 9 * DAY);
    await updateFields(db, gone, { notes: 'Recruiter: Jo.', tags: ['Referral', 'austin'], resumeVersion: 'v4 (hardware)', coverLetterVersion: 'Acme letter', deadline: NOW + 5 * DAY }, 'options', NOW - DAY);
    await addContact(db, keep, { name: 'Sam Lee', role: 'Engineer', email: 'sam@acme.example', profileUrl: '' }, 'options', NOW - 8 * DAY);
    await addContact(db, gone, { name: 'Jo Park', role: 'Recruiter', email: 'jo@acme.example', profileUrl: '' }, 'options', NOW - 8 * DAY);
    await addContact(db, gone, { name: 'Sam Lee', role: 'Engineer', email: 'sam@acme.example', profileUrl: '' }, 'options', NOW - 8 * DAY);
    await addInterview(db, gone, { name: 'Phone screen', at: NOW + 2 * DAY, notes: 'Ask about the team' }, 'options', NOW - DAY);
    const { application } = await joinRecords(db, keep, gone, { now: NOW });
    expect(application.notes).toBe('Found through Sam.\n\nRecruiter: Jo.');
    expect(application.contacts?.map((c) => c.name)).toEqual(['Sam Lee', 'Jo Park']);
    expect(application.interviews?.map((r) => [r.name, r.at])).toEqual([['Phone screen', NOW + 2 * DAY]]);
    expect(application.tags).toEqual(['robotics', 'referral', 'austin']);
    expect(application).toMatchObject({ resumeVersion: 'v3; v4 (hardware)', coverLetterVersion: 'Acme letter', excitement: 4, deadline: NOW + 5 * DAY });
    // The database keeps the interview dates index for the kept record.
    expect((await db.applications.get(keep))?.interviewAt).toEqual([NOW + 2 * DAY]);
    // The two records' own edits, contacts and interview lines are all on the one timeline.
    expect((await timeline(db, keep)).filter((e) => e.kind !== 'captured' && e.kind !== 'applied')).toHaveLength(6);
  });

  it('the debrief, its action items and the preferences it taught move over; nothing points at the record that went', async () => {
    const { keep, gone } = await twoRecords();
    await setStage(db, gone, 'rejected', 'options', NOW - DAY);
    const debrief = await ensureDebriefFor(db, gone, NOW - DAY);
    await saveDebrief(db, debrief.id, { feedback: 'Strong, but another candidate had more ROS.' }, NOW - DAY);
    const item = await addActionItem(db, debrief, 'resume_skill', 'Put ROS on the first page', null, NOW - DAY);
    const preference = await addPreference(db, 'Small hardware teams', 'want', gone, NOW - DAY);
    const { application } = await joinRecords(db, keep, gone, { now: NOW });
    expect(application.stage).toBe('rejected');
    expect(await db.debriefs.where('applicationId').equals(keep).toArray()).toMatchObject([{ id: debrief.id, feedback: 'Strong, but another candidate had more ROS.' }]);
    expect(await db.actionItems.get(item.id)).toMatchObject({ applicationId: keep, debriefId: debrief.id });
    expect(await db.preferences.get(preference!.id)).toMatchObject({ sourceApplicationId: keep });
    expect(await pointingAt(gone)).toBe(0);
  });

  it('two debriefs become one: the one further along leads, the other’s words and items join it', async () => {
    const { keep, gone } = await twoRecords();
    const keptDebrief = await ensureDebriefFor(db, keep, NOW - 3 * DAY);
    const goneDebrief = await ensureDebriefFor(db, gone, NOW - 2 * DAY);
    await saveDebrief(db, keptDebrief.id, { reflection: 'I rushed the take-home.' }, NOW - 3 * DAY);
    await saveDebrief(db, goneDebrief.id, { feedback: 'Lacked ROS experience.', themes: ['competency'] }, NOW - 2 * DAY);
    await db.debriefs.update(goneDebrief.id, { status: 'done' });
    const keptItem = await addActionItem(db, keptDebrief, 'interview', 'Practise a take-home', null, NOW - 3 * DAY);
    const goneItem = await addActionItem(db, goneDebrief, 'competency', 'Take a ROS course', null, NOW - 2 * DAY);
    await joinRecords(db, keep, gone, { now: NOW });
    const debriefs = await db.debriefs.toArray();
    expect(debriefs).toHaveLength(1);
    expect(debriefs[0]).toMatchObject({ id: goneDebrief.id, applicationId: keep, status: 'done', feedback: 'Lacked ROS experience.', reflection: 'I rushed the take-home.', themes: ['competency'] });
    expect(await db.actionItems.bulkGet([keptItem.id, goneItem.id])).toMatchObject([
      { applicationId: keep, debriefId: goneDebrief.id },
      { applicationId: keep, debriefId: goneDebrief.id },
    ]);
    expect(await pointingAt(gone)).toBe(0);
  });

  it('a failure half-way changes nothing', async () => {
    const { keep, gone } = await twoRecords();
    const debrief = await ensureDebriefFor(db, gone, NOW - DAY);
    await addActionItem(db, debrief, 'other', 'Write to Jo', null, NOW - DAY);
    await addPreference(db, 'Remote first', 'want', gone, NOW - DAY);
    await addContact(db, gone, { name: 'Jo Park', role: 'Recruiter', email: 'jo@acme.example', profileUrl: '' }, 'options', NOW - 8 * DAY);
    const before = await everything();
    // The last write of the join (preferences, after the record, timeline, debrief and items) fails.
    const real = db.preferences.bulkPut.bind(db.preferences);
    db.preferences.bulkPut = (() => Promise.reject(new Error('The disk is full'))) as unknown as typeof db.preferences.bulkPut;
    await expect(joinRecords(db, keep, gone, { now: NOW, note: true })).rejects.toThrow('The disk is full');
    db.preferences.bulkPut = real;
    expect(await everything()).toEqual(before);
  });

  it('refuses a record joined with itself or one that is gone, changing nothing', async () => {
    const { keep } = await twoRecords();
    const before = await everything();
    await expect(joinRecords(db, keep, keep, { now: NOW })).rejects.toThrow('itself');
    await expect(joinRecords(db, keep, 'no-such-record', { now: NOW })).rejects.toThrow('no longer exists');
    expect(await everything()).toEqual(before);
  });
});

describe('undoJoin', () => {
  it('puts both records and everything that moved back as they were', async () => {
    const { keep, gone } = await twoRecords();
    const keptDebrief = await ensureDebriefFor(db, keep, NOW - 3 * DAY);
    const goneDebrief = await ensureDebriefFor(db, gone, NOW - 2 * DAY);
    await addActionItem(db, keptDebrief, 'interview', 'Practise', null, NOW - 3 * DAY);
    await addActionItem(db, goneDebrief, 'competency', 'Course', null, NOW - 2 * DAY);
    await addPreference(db, 'Remote first', 'want', gone, NOW - DAY);
    await updateFields(db, gone, { notes: 'Recruiter: Jo.' }, 'options', NOW - DAY);
    const before = await everything();
    const joined = await joinRecords(db, keep, gone, { now: NOW, note: true });
    expect(await undoJoin(db, joined)).toBe(true);
    expect(await everything()).toEqual(before);
  });

  it('does nothing once the joined record changed again', async () => {
    const { keep, gone } = await twoRecords();
    const joined = await joinRecords(db, keep, gone, { now: NOW });
    await updateFields(db, keep, { notes: 'Written after the join' }, 'options', NOW + 1000);
    const after = await everything();
    expect(await undoJoin(db, joined)).toBe(false);
    expect(await everything()).toEqual(after);
  });
});
