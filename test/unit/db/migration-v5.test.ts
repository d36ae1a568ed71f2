import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { saveCapture } from '../../../src/db/repository';
import { seedBesideApplications, seedV4 } from './seed-v1';

let name = '';
let db: ReboundDb | undefined;
afterEach(async () => {
  db?.close();
  if (name) await openDb(name).delete();
});

const T = 1_800_000_000_000;

describe('schema v4 → v5 (a job’s other addresses, and the index of their keys)', () => {
  it('keeps every record field by field and every other table as it was, adding empty address lists', async () => {
    name = `test-${crypto.randomUUID()}`;
    const v4 = openDb(name, 4);
    const apps = seedV4();
    const expectOthersKept = await seedBesideApplications(v4, apps, T);
    expect(v4.verno).toBe(4);
    expect((await v4.applications.get('app-1'))?.otherKeys).toBeUndefined();
    v4.close();

    db = openDb(name, 5);
    await db.open();
    expect(db.verno).toBe(5);
    await expectOthersKept();
    expect(await db.applications.count()).toBe(apps.length);
    for (const app of apps) {
      expect(await db.applications.get(app.id)).toStrictEqual({ ...app, otherUrls: [], otherKeys: [] });
    }
    // Older indexes still answer, and the upgraded records still dedupe by their own address.
    expect((await db.applications.where('jobKey').equals('greenhouse:1').first())?.id).toBe('app-1');
    const again = await saveCapture(db, {
      title: 'Backend Engineer', company: 'Acme', location: '', salary: '', employmentType: '', workMode: null,
      board: 'greenhouse', jobId: '1', url: 'https://boards.greenhouse.io/acme/jobs/1', description: '',
    }, { source: 'auto', stage: 'applied', now: T, acrossSites: true });
    expect(again.application.id).toBe('app-1');
  });

  it('keeps the address index in step with any write, also one that bypasses the repository (an import)', async () => {
    name = `test-${crypto.randomUUID()}`;
    db = openDb(name);
    const [app] = seedV4();
    await db.applications.put({ ...app!, otherUrls: ['https://boards.greenhouse.io/acme/jobs/55?gh_src=x', 'javascript:alert(1)'], otherKeys: ['forged'] });
    expect((await db.applications.get(app!.id))?.otherKeys).toEqual(['greenhouse:55', 'https://boards.greenhouse.io/acme/jobs/55']);
    expect(await db.applications.where('otherKeys').equals('forged').count()).toBe(0);
    expect((await db.applications.where('otherKeys').equals('greenhouse:55').first())?.id).toBe(app!.id);
    await db.applications.update(app!.id, { otherUrls: [] });
    expect(await db.applications.where('otherKeys').equals('greenhouse:55').count()).toBe(0);
  });
});
