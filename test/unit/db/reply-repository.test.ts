import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { saveCapture, timeline } from '../../../src/db/repository';
import { addFromReply, fileReply, replySenders, undoReply, type ReplyNoteWithWhen } from '../../../src/db/reply-repository';
import { addActionItem } from '../../../src/db/debrief-repository';
import { draft } from '../../support/builders';

let db: ReboundDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const note = (label: ReplyNoteWithWhen['label'], extra: Partial<ReplyNoteWithWhen> = {}): ReplyNoteWithWhen => ({
  label,
  subject: 'Your application to Acme',
  from: 'Acme Hiring Team <no-reply@us.greenhouse-mail.io>',
  date: 500,
  sentence: 'We have decided to move forward with other candidates.',
  link: 'https://mail.google.com/mail/u/0/#inbox/abc',
  ...extra,
});

async function applied(now = 100) {
  return (await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now })).application;
}

describe('fileReply', () => {
  it('a rejection moves the stage, opens a debrief and logs only what the chip showed; Undo puts it all back', async () => {
    const app = await applied();
    const filed = await fileReply(db, app.id, note('rejection'), 1000);
    expect((await db.applications.get(app.id))?.stage).toBe('rejected');
    expect(await db.debriefs.where('applicationId').equals(app.id).count()).toBe(1);
    const reply = (await timeline(db, app.id)).find((event) => event.kind === 'reply');
    expect(reply?.reply).toEqual({
      label: 'rejection',
      subject: 'Your application to Acme',
      from: 'Acme Hiring Team <no-reply@us.greenhouse-mail.io>',
      date: 500,
      sentence: 'We have decided to move forward with other candidates.',
      link: 'https://mail.google.com/mail/u/0/#inbox/abc',
    });
    expect(await undoReply(db, filed)).toBe(true);
    expect(await db.applications.get(app.id)).toEqual(app);
    expect(await db.debriefs.count()).toBe(0);
    expect((await timeline(db, app.id)).map((event) => event.kind)).toEqual(['applied']);
  });

  it('an interview moves to interviewing and adds a round with the stated date', async () => {
    const app = await applied();
    await fileReply(db, app.id, note('interview', { when: 7000 }), 1000);
    const stored = await db.applications.get(app.id);
    expect(stored?.stage).toBe('interviewing');
    expect(stored?.interviews).toEqual([expect.objectContaining({ name: 'Interview', at: 7000 })]);
  });

  it('an assessment adds an action item with its due date, and leaves the stage', async () => {
    const app = await applied();
    const filed = await fileReply(db, app.id, note('assessment', { when: 9000 }), 1000);
    expect((await db.applications.get(app.id))?.stage).toBe('applied');
    expect(await db.actionItems.get(filed.actionItemId!)).toMatchObject({ applicationId: app.id, dueAt: 9000, text: 'Complete the assessment for Backend Engineer' });
    await undoReply(db, filed);
    expect(await db.actionItems.count()).toBe(0);
  });

  it('an acknowledgement of a saved job marks it applied on the email date', async () => {
    const saved = (await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 100 })).application;
    await fileReply(db, saved.id, note('acknowledgement'), 1000);
    expect(await db.applications.get(saved.id)).toMatchObject({ stage: 'applied', appliedAt: 500 });
  });

  it('never moves backwards: an interview invitation for an offer stays an offer', async () => {
    const app = await applied();
    await fileReply(db, app.id, note('offer'), 1000);
    await fileReply(db, app.id, note('interview'), 2000);
    expect((await db.applications.get(app.id))?.stage).toBe('offer');
  });

  it('Undo keeps a change made after the reply', async () => {
    const app = await applied();
    const filed = await fileReply(db, app.id, note('offer'), 1000);
    await db.applications.update(app.id, { notes: 'Negotiating', updatedAt: 3000 });
    expect(await undoReply(db, filed)).toBe(false);
    expect((await db.applications.get(app.id))?.stage).toBe('offer');
  });
});

describe('addFromReply', () => {
  it('adds one applied record for an acknowledgement of a job Rebound never saw; Undo removes it', async () => {
    const filed = await addFromReply(db, { company: 'Globex', jobTitle: 'Analyst', jobId: 'R-1' }, note('acknowledgement'), 1000);
    const stored = await db.applications.get(filed.applicationId);
    expect(stored).toMatchObject({ company: 'Globex', title: 'Analyst', jobId: 'R-1', stage: 'applied', appliedAt: 500, board: 'email' });
    expect(await undoReply(db, filed)).toBe(true);
    expect(await db.applications.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('adds a rejected record with its debrief; Undo takes the record with all that hangs off it, leaving nothing orphaned', async () => {
    const filed = await addFromReply(db, { company: 'Globex', jobTitle: '', jobId: '' }, note('rejection'), 1000);
    expect((await db.applications.get(filed.applicationId))?.stage).toBe('rejected');
    const debrief = await db.debriefs.where('applicationId').equals(filed.applicationId).first();
    expect(debrief).toBeDefined();
    await addActionItem(db, debrief!, 'other', 'Ask for feedback', null, 1000);
    expect(await undoReply(db, filed)).toBe(true);
    expect([await db.applications.count(), await db.events.count(), await db.debriefs.count(), await db.actionItems.count()]).toEqual([0, 0, 0, 0]);
  });
});

describe('replySenders', () => {
  it('lists the sender addresses filed under each application', async () => {
    const app = await applied();
    await fileReply(db, app.id, note('acknowledgement'), 1000);
    expect((await replySenders(db)).get(app.id)).toEqual(['no-reply@us.greenhouse-mail.io']);
  });
});
