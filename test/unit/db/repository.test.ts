import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import {
  deleteApplication,
  logFollowUp,
  restoreApplication,
  saveCapture,
  setStage,
  timeline,
  undoCapture,
  updateFields,
} from '../../../src/db/repository';
import { draft } from '../../support/builders';
import { addContact } from '../../../src/db/contacts-interviews';
import { addActionItem } from '../../../src/db/debrief-repository';
import { eventsOf } from '../../../src/db/events-of';

let db: ReboundDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveCapture', () => {
  it('creates an application with a capture event', async () => {
    const result = await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 1000 });
    expect(result.created).toBe(true);
    const stored = await db.applications.get(result.application.id);
    expect(stored).toMatchObject({ title: 'Backend Engineer', company: 'Acme', stage: 'saved', savedAt: 1000, appliedAt: null });
    expect(stored?.jobKey).toBe('greenhouse:123');
    const events = await timeline(db, result.application.id);
    expect(events.map((e) => [e.kind, e.source])).toEqual([['captured', 'popup']]);
  });

  it('updates the same job instead of adding a second one (same canonical URL)', async () => {
    await saveCapture(db, draft({ board: 'web', jobId: '' }), { source: 'popup', stage: 'saved', now: 1 });
    const again = await saveCapture(
      db,
      draft({ board: 'web', jobId: '', url: 'https://www.boards.greenhouse.io/acme/jobs/123/?utm_source=x' }),
      { source: 'shortcut', stage: 'saved', now: 2 },
    );
    expect(again.created).toBe(false);
    expect(await db.applications.count()).toBe(1);
  });

  it('matches by board and job id when the URLs differ (posting page, then its confirmation)', async () => {
    await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 1 });
    const applied = await saveCapture(
      db,
      draft({ url: 'https://boards.greenhouse.io/acme/jobs/123/confirmation', title: '' }),
      { source: 'auto', stage: 'applied', now: 5 },
    );
    expect(await db.applications.count()).toBe(1);
    expect(applied.application).toMatchObject({ stage: 'applied', appliedAt: 5, title: 'Backend Engineer' });
    const events = await timeline(db, applied.application.id);
    expect(events.at(-1)).toMatchObject({ kind: 'applied', from: 'saved', to: 'applied', source: 'auto' });
  });

  it('never overwrites what the user typed', async () => {
    const first = await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 1 });
    await updateFields(db, first.application.id, { title: 'My own title' }, 'options', 2);
    await saveCapture(db, draft({ title: 'Page title' }), { source: 'popup', stage: 'saved', now: 3 });
    expect((await db.applications.get(first.application.id))?.title).toBe('My own title');
  });

  it('undo removes a capture it created, and restores one it updated', async () => {
    const created = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 10 });
    expect(await undoCapture(db, created.undo!)).toBe('undone');
    expect(await db.applications.count()).toBe(0);
    expect(await db.events.count()).toBe(0);

    const saved = await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 20 });
    const applied = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 30 });
    expect(await undoCapture(db, applied.undo!)).toBe('undone');
    expect(await db.applications.get(saved.application.id)).toMatchObject({ stage: 'saved', appliedAt: null });
    expect((await timeline(db, saved.application.id)).map((e) => e.kind)).toEqual(['captured']);
  });
});

describe('undo takes back only what the capture did', () => {
  it('keeps a created record changed since (notes, a contact, a rejection), with its debrief and events', async () => {
    const captured = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 10 });
    const id = captured.application.id;
    await updateFields(db, id, { notes: 'Spoke to Dana' }, 'options', 20);
    await addContact(db, id, { name: 'Dana', role: 'Recruiter', email: '', profileUrl: '' }, 'options', 30);
    await setStage(db, id, 'rejected', 'options', 40);
    const debriefs = await db.debriefs.where('applicationId').equals(id).toArray();
    await addActionItem(db, debriefs[0]!, 'interview', 'Practise with a friend', null, 50);

    expect(await undoCapture(db, captured.undo!)).toBe('changed');
    expect(await db.applications.get(id)).toMatchObject({ notes: 'Spoke to Dana', stage: 'rejected' });
    expect((await timeline(db, id)).map((e) => e.kind)).toEqual(['applied', 'edit', 'contact', 'stage']);
    expect(await db.debriefs.where('applicationId').equals(id).count()).toBe(1);
    expect(await db.actionItems.where('applicationId').equals(id).count()).toBe(1);
  });

  it('puts back only the fields a capture changed on an existing record', async () => {
    const first = await saveCapture(db, draft({ location: '', salary: '' }), { source: 'popup', stage: 'saved', now: 10 });
    const id = first.application.id;
    await updateFields(db, id, { notes: 'My notes', title: 'My title' }, 'options', 20);
    const again = await saveCapture(db, draft({ location: 'Berlin', salary: '€70k' }), { source: 'auto', stage: 'applied', now: 30 });
    // Only the changed fields, with their old values: not the whole record (and not its description).
    expect(again.undo?.before).toEqual({ location: '', salary: '', stage: 'saved', appliedAt: null, updatedAt: 20 });

    expect(await undoCapture(db, again.undo!)).toBe('undone');
    expect(await db.applications.get(id)).toMatchObject({
      notes: 'My notes', title: 'My title', location: '', salary: '', stage: 'saved', appliedAt: null, updatedAt: 20,
    });
    expect((await timeline(db, id)).map((e) => e.kind)).toEqual(['captured', 'edit']);
  });

  it('keeps an updated record whose notes changed after the capture', async () => {
    const first = await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 10 });
    const again = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 20 });
    await updateFields(db, first.application.id, { notes: 'Later notes' }, 'options', 30);
    expect(await undoCapture(db, again.undo!)).toBe('changed');
    expect(await db.applications.get(first.application.id)).toMatchObject({ notes: 'Later notes', stage: 'applied' });
  });

  it('answers "gone" for a record deleted since', async () => {
    const captured = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 10 });
    await deleteApplication(db, captured.application.id);
    expect(await undoCapture(db, captured.undo!)).toBe('gone');
  });
});

describe('stage changes, edits and deletes', () => {
  it('records every stage change on the timeline', async () => {
    const { application } = await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 1 });
    await setStage(db, application.id, 'applied', 'popup', 2);
    await setStage(db, application.id, 'interviewing', 'options', 3);
    await setStage(db, application.id, 'interviewing', 'options', 4);
    const events = await timeline(db, application.id);
    expect(events.map((e) => [e.kind, e.from ?? null, e.to ?? null])).toEqual([
      ['captured', null, 'saved'],
      ['stage', 'saved', 'applied'],
      ['stage', 'applied', 'interviewing'],
    ]);
    expect((await db.applications.get(application.id))?.appliedAt).toBe(2);
  });

  it('records which fields an edit touched, and keeps dedupe keys in step', async () => {
    const { application } = await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 1 });
    await updateFields(db, application.id, { company: 'Acme GmbH', jobId: '999', notes: 'Ask about team' }, 'options', 2);
    const stored = await db.applications.get(application.id);
    expect(stored).toMatchObject({ company: 'Acme GmbH', jobKey: 'greenhouse:999', updatedAt: 2 });
    expect((await timeline(db, application.id)).at(-1)).toMatchObject({ kind: 'edit', detail: 'company, jobId, notes' });
  });

  it('delete then restore gives back the application and its whole timeline', async () => {
    const { application } = await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 1 });
    await setStage(db, application.id, 'applied', 'popup', 2);
    const before = await timeline(db, application.id);
    const deleted = await deleteApplication(db, application.id);
    expect(await db.applications.count()).toBe(0);
    await restoreApplication(db, deleted!);
    expect(await db.applications.get(application.id)).toEqual(deleted!.application);
    expect(await timeline(db, application.id)).toEqual(before);
  });

  it('says clearly when the application is gone', async () => {
    await expect(setStage(db, 'missing', 'applied', 'popup')).rejects.toThrow('no longer exists');
  });
});

describe('deleting an application with a debrief', () => {
  it('takes its debrief and action items along, and Undo brings them back', async () => {
    const { application } = await saveCapture(db, draft(), { source: 'popup', stage: 'applied', now: 1 });
    await setStage(db, application.id, 'rejected', 'popup', 2);
    const debrief = (await db.debriefs.where('applicationId').equals(application.id).first())!;
    await db.actionItems.add({
      id: 'item-1',
      debriefId: debrief.id,
      applicationId: application.id,
      theme: 'interview',
      text: 'Practise interviews with a friend',
      dueAt: null,
      doneAt: null,
      createdAt: 3,
      updatedAt: 3,
    } as never);
    const deleted = await deleteApplication(db, application.id);
    expect(await db.debriefs.count()).toBe(0);
    expect(await db.actionItems.count()).toBe(0);
    await restoreApplication(db, deleted!);
    expect(await db.debriefs.get(debrief.id)).toEqual(debrief);
    expect((await db.actionItems.get('item-1'))?.text).toBe('Practise interviews with a friend');
  });
});

describe('logFollowUp', () => {
  it('adds the note the follow-up rule reads, and nothing for an application that is gone', async () => {
    const { application } = await saveCapture(db, draft(), { source: 'popup', stage: 'applied', now: 1000 });
    expect(await logFollowUp(db, application.id, 5000)).toBe(true);
    const events = await timeline(db, application.id);
    expect(events.map((e) => [e.kind, e.detail, e.at])).toEqual([['applied', undefined, 1000], ['note', 'Follow-up sent', 5000]]);
    await deleteApplication(db, application.id);
    expect(await logFollowUp(db, application.id, 6000)).toBe(false);
    expect(await eventsOf(db, application.id).count()).toBe(0);
  });
});
