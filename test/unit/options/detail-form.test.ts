import { describe, expect, it } from 'vitest';
import { changedFields, dateErrors, formValues, patchFrom } from '../../../src/options/application/detail-form';
import { saveCapture, updateFields } from '../../../src/db/repository';
import { openDb } from '../../../src/db/schema';
import { draft } from '../../support/builders';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('the application form', () => {
  it('corrects the saved and applied days, keeping the time of day, and cleans tags', async () => {
    const db = openDb(`test-${crypto.randomUUID()}`);
    const { application: app } = await saveCapture(db, draft(), { source: 'popup', stage: 'applied', now: at(2026, 3, 10, 9, 30) });
    const values = { ...formValues(app), appliedAt: '2026-03-02', savedAt: '2026-03-01', tags: 'Referral, fintech, referral', excitement: '5' };
    const changed = changedFields(values, app);
    expect(changed.sort()).toEqual(['appliedAt', 'excitement', 'savedAt', 'tags']);
    expect(dateErrors(values, app)).toEqual({});
    const saved = await updateFields(db, app.id, patchFrom(values, app, changed), 'options');
    expect(saved).toMatchObject({ appliedAt: at(2026, 3, 2, 9, 30), savedAt: at(2026, 3, 1, 9, 30), tags: ['Referral', 'fintech'], excitement: 5 });
    // The form shows what was stored, so nothing looks changed afterwards.
    expect(changedFields(formValues(saved), saved)).toEqual([]);
    // Typing the same tags differently is not a change.
    expect(changedFields({ ...formValues(saved), tags: ' Referral ,fintech' }, saved)).toEqual([]);
  });

  it('refuses an applied day before the saved day, an emptied applied date, and an applied date on a saved job', async () => {
    const db = openDb(`test-${crypto.randomUUID()}`);
    const { application: app } = await saveCapture(db, draft(), { source: 'popup', stage: 'applied', now: at(2026, 3, 10) });
    expect(dateErrors({ ...formValues(app), appliedAt: '2026-03-01' }, app).appliedAt).toMatch(/before the day it was saved/);
    expect(dateErrors({ ...formValues(app), appliedAt: '' }, app).appliedAt).toMatch(/keeps a date/);
    expect(dateErrors({ ...formValues(app), savedAt: '' }, app).savedAt).toMatch(/always has the day/);
    const { application: saved } = await saveCapture(db, draft({ jobId: '9', url: 'https://boards.greenhouse.io/acme/jobs/9' }), { source: 'popup', stage: 'saved' });
    await expect(updateFields(db, saved.id, { appliedAt: at(2026, 3, 1) }, 'options')).rejects.toThrow(/no applied date yet/);
    expect((await db.applications.get(saved.id))?.appliedAt).toBeNull();
  });
});
