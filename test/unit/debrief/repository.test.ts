import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { saveCapture, setStage } from '../../../src/db/repository';
import {
  actionItemsFor,
  addActionItem,
  addPreference,
  completeDebrief,
  deleteActionItem,
  ensureDebriefFor,
  listPreferences,
  markNoteSent,
  pendingDebriefs,
  REMINDER_AFTER_MS,
  restoreActionItem,
  saveDebrief,
  setDebriefTheme,
  setActionItemDone,
  skipDebrief,
  unmarkNoteSent,
  updateActionItem,
} from '../../../src/db/debrief-repository';
import { draft } from '../../support/builders';

let db: ReboundDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function rejectedApplication(company = 'Acme', jobId = '1', rejectedAt = 50) {
  const { application } = await saveCapture(db, draft({ company, jobId, url: `https://boards.greenhouse.io/x/jobs/${jobId}` }), {
    source: 'popup',
    stage: 'applied',
  });
  // Marking it rejected opens the pending debrief.
  await setStage(db, application.id, 'rejected', 'popup', rejectedAt);
  return application;
}

describe('debrief repository', () => {
  it('ensureDebriefFor creates one pending debrief and is idempotent', async () => {
    const app = await rejectedApplication();
    const [first, second] = await Promise.all([ensureDebriefFor(db, app.id, 100), ensureDebriefFor(db, app.id, 200)]);
    const third = await ensureDebriefFor(db, app.id, 300);
    expect(first.id).toBe(second.id);
    expect(third.id).toBe(first.id);
    expect(third.createdAt).toBe(50);
    expect(third.status).toBe('pending');
    expect(await db.debriefs.count()).toBe(1);
  });

  it('marking an application rejected opens a pending debrief; other stages do not', async () => {
    const app = await rejectedApplication();
    expect(await pendingDebriefs(db)).toHaveLength(1);
    const { application: other } = await saveCapture(db, draft({ jobId: '2', url: 'https://boards.greenhouse.io/x/jobs/2' }), {
      source: 'popup',
      stage: 'applied',
    });
    await setStage(db, other.id, 'withdrawn', 'popup');
    expect((await db.debriefs.toArray()).map((d) => d.applicationId)).toEqual([app.id]);
  });

  it('does not reopen a finished debrief', async () => {
    const app = await rejectedApplication();
    const debrief = await ensureDebriefFor(db, app.id);
    await completeDebrief(db, debrief.id, 500);
    expect((await ensureDebriefFor(db, app.id)).status).toBe('done');
  });

  it('saves progress step by step, and a reload sees it', async () => {
    const app = await rejectedApplication();
    const debrief = await ensureDebriefFor(db, app.id, 100);
    await saveDebrief(db, debrief.id, { step: 'ask', contact: { name: ' Dana ', email: ' dana@acme.test ' } }, 200);
    await saveDebrief(db, debrief.id, { step: 'feedback', feedback: '<b>close call</b>', themes: ['close_call', 'close_call'] }, 300);
    const reopened = openDb(db.name);
    const saved = await reopened.debriefs.get(debrief.id);
    reopened.close();
    expect(saved).toMatchObject({
      status: 'in_progress',
      step: 'feedback',
      contact: { name: 'Dana', email: 'dana@acme.test' },
      feedback: '<b>close call</b>',
      themes: ['close_call'],
      updatedAt: 300,
      createdAt: 50,
    });
  });

  it('an empty contact is stored as none', async () => {
    const app = await rejectedApplication();
    const debrief = await ensureDebriefFor(db, app.id);
    expect((await saveDebrief(db, debrief.id, { contact: { name: ' ', email: '' } })).contact).toBeNull();
  });

  it('"I sent it" schedules exactly one reminder; "not sent" clears it', async () => {
    const app = await rejectedApplication();
    const debrief = await ensureDebriefFor(db, app.id);
    const sent = await markNoteSent(db, debrief.id, 1000);
    expect(sent.noteSentAt).toBe(1000);
    expect(sent.reminderAt).toBe(1000 + REMINDER_AFTER_MS);
    expect(await db.debriefs.where('reminderAt').above(0).count()).toBe(1);
    const unsent = await unmarkNoteSent(db, debrief.id, 2000);
    expect(unsent.reminderAt).toBeNull();
    expect(unsent.noteSentAt).toBeNull();
  });

  it('lists pending debriefs newest first; done and skipped ones leave the list', async () => {
    const acme = await rejectedApplication('Acme', '1', 100);
    const globex = await rejectedApplication('Globex', '2', 200);
    const a = await ensureDebriefFor(db, acme.id);
    const g = await ensureDebriefFor(db, globex.id);
    expect((await pendingDebriefs(db)).map((p) => p.application.company)).toEqual(['Globex', 'Acme']);
    await saveDebrief(db, a.id, { step: 'ask' });
    expect((await pendingDebriefs(db)).map((p) => p.debrief.status)).toEqual(['pending', 'in_progress']);
    await completeDebrief(db, a.id);
    expect((await pendingDebriefs(db)).map((p) => p.application.company)).toEqual(['Globex']);
    await skipDebrief(db, g.id);
    expect(await pendingDebriefs(db)).toEqual([]);
  });

  it('does not list a debrief whose application is no longer rejected or was deleted', async () => {
    const acme = await rejectedApplication('Acme', '1');
    const globex = await rejectedApplication('Globex', '2');
    await ensureDebriefFor(db, acme.id);
    await ensureDebriefFor(db, globex.id);
    await setStage(db, acme.id, 'interviewing', 'options');
    await db.applications.delete(globex.id);
    expect(await pendingDebriefs(db)).toEqual([]);
  });

  it('action items: add, edit, date, tick, delete and restore', async () => {
    const app = await rejectedApplication();
    const debrief = await ensureDebriefFor(db, app.id);
    const first = await addActionItem(db, debrief, 'interview', '  Practise with a friend ', null, 10);
    await addActionItem(db, debrief, 'resume_skill', 'Bring SQL forward', null, 20);
    await updateActionItem(db, first.id, { text: 'Mock interview with Sam', dueAt: 5000 });
    await setActionItemDone(db, first.id, true, 6000);
    let items = await actionItemsFor(db, debrief.id);
    expect(items.map((i) => [i.text, i.dueAt, i.doneAt, i.applicationId])).toEqual([
      ['Mock interview with Sam', 5000, 6000, app.id],
      ['Bring SQL forward', null, null, app.id],
    ]);
    await setActionItemDone(db, first.id, false);
    const removed = await deleteActionItem(db, first.id);
    expect(await actionItemsFor(db, debrief.id)).toHaveLength(1);
    await restoreActionItem(db, removed!);
    items = await actionItemsFor(db, debrief.id);
    expect(items[0]).toMatchObject({ text: 'Mock interview with Sam', doneAt: null });
  });

  it('preferences: blank ones are ignored, the rest kept in order', async () => {
    expect(await addPreference(db, '   ', 'want', null)).toBeNull();
    await addPreference(db, 'Small teams', 'want', 'a1', 1);
    await addPreference(db, 'Long commutes', 'avoid', null, 2);
    expect((await listPreferences(db)).map((p) => [p.text, p.kind, p.sourceApplicationId])).toEqual([
      ['Small teams', 'want', 'a1'],
      ['Long commutes', 'avoid', null],
    ]);
  });
});

describe('the next step a debrief ends with', () => {
  it('becomes an action item with its day when the debrief is finished, updated (tick kept) when finished again, removed when cleared', async () => {
    const application = await rejectedApplication();
    const debrief = (await pendingDebriefs(db))[0]!.debrief;
    const friday = new Date(2026, 2, 13).getTime();
    await saveDebrief(db, debrief.id, { nextStep: '  Apply to the two saved design roles ', nextStepDueAt: friday }, 100);
    await completeDebrief(db, debrief.id, 200);
    const [item, ...rest] = await actionItemsFor(db, debrief.id);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ id: `next-step:${debrief.id}`, applicationId: application.id, text: 'Apply to the two saved design roles', dueAt: friday, doneAt: null, createdAt: 200 });

    await setActionItemDone(db, item!.id, true, 300);
    await saveDebrief(db, debrief.id, { nextStep: 'Apply to three roles', nextStepDueAt: null }, 400);
    await completeDebrief(db, debrief.id, 500);
    expect(await actionItemsFor(db, debrief.id)).toMatchObject([{ text: 'Apply to three roles', dueAt: null, doneAt: 300, createdAt: 200 }]);

    await saveDebrief(db, debrief.id, { nextStep: '' }, 600);
    await completeDebrief(db, debrief.id, 700);
    expect(await actionItemsFor(db, debrief.id)).toEqual([]);
  });
});

describe('setDebriefTheme', () => {
  it('keeps both of two quick ticks, and unticks only the one theme', async () => {
    const application = await rejectedApplication();
    const debrief = await ensureDebriefFor(db, application.id);
    // Two ticks sent before either is written, as two fast clicks on the checkboxes do.
    await Promise.all([setDebriefTheme(db, debrief.id, 'close_call', true), setDebriefTheme(db, debrief.id, 'resume_skill', true)]);
    expect((await db.debriefs.get(debrief.id))?.themes.sort()).toEqual(['close_call', 'resume_skill']);
    await setDebriefTheme(db, debrief.id, 'close_call', true);
    await setDebriefTheme(db, debrief.id, 'resume_skill', false);
    expect((await db.debriefs.get(debrief.id))?.themes).toEqual(['close_call']);
  });
});
