import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReboundDb } from '../../../src/db/schema';
import { saveCapture, timeline } from '../../../src/db/repository';
import {
  addContact,
  addInterview,
  removeContact,
  removeInterview,
  updateContact,
  updateInterview,
} from '../../../src/db/contacts-interviews';
import { freshDb } from '../ui/dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let id: string;

beforeEach(async () => {
  db = freshDb();
  id = (await saveCapture(db, newDraft({ title: 'Designer' }), { source: 'popup', stage: 'applied', now: 1000 })).application.id;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const recruiter = { name: ' Jane Doe ', role: 'Recruiter', email: 'jane@acme.example', profileUrl: 'https://www.linkedin.com/in/jane' };

describe('contacts', () => {
  it('starts new captures with empty lists', async () => {
    expect(await db.applications.get(id)).toMatchObject({ contacts: [], interviews: [] });
  });

  it('adds, updates and removes a contact, each with a timeline event and a fresh updatedAt', async () => {
    const { contact } = await addContact(db, id, recruiter, 'options', 2000);
    expect(contact).toMatchObject({ name: 'Jane Doe', role: 'Recruiter', profileUrl: 'https://www.linkedin.com/in/jane' });
    let app = await db.applications.get(id);
    expect(app?.contacts).toEqual([contact]);
    expect(app?.updatedAt).toBe(2000);

    await updateContact(db, id, contact.id, { ...recruiter, role: 'Head of Talent' }, 'options', 3000);
    app = await db.applications.get(id);
    expect(app?.contacts).toEqual([{ ...contact, role: 'Head of Talent' }]);

    await addContact(db, id, { name: 'Ola', role: '', email: '', profileUrl: 'mailto:ola@acme.example' }, 'options', 3500);
    await removeContact(db, id, contact.id, 'options', 4000);
    app = await db.applications.get(id);
    expect(app?.contacts?.map((c) => c.name)).toEqual(['Ola']);
    expect(app?.updatedAt).toBe(4000);

    const events = (await timeline(db, id)).filter((e) => e.kind === 'contact');
    expect(events.map((e) => [e.at, e.detail, e.source])).toEqual([
      [2000, 'Added contact Jane Doe (Recruiter)', 'options'],
      [3000, 'Updated contact Jane Doe (Head of Talent)', 'options'],
      [3500, 'Added contact Ola', 'options'],
      [4000, 'Removed contact Jane Doe (Head of Talent)', 'options'],
    ]);
  });

  it('refuses unsafe profile links and empty contacts, and changes nothing', async () => {
    await expect(addContact(db, id, { ...recruiter, profileUrl: 'javascript:alert(1)' }, 'options')).rejects.toThrow();
    await expect(addContact(db, id, { ...recruiter, profileUrl: 'data:text/html,hi' }, 'options')).rejects.toThrow();
    await expect(addContact(db, id, { name: ' ', role: 'x', email: '', profileUrl: '' }, 'options')).rejects.toThrow();
    expect((await db.applications.get(id))?.contacts).toEqual([]);
    expect((await timeline(db, id)).filter((e) => e.kind === 'contact')).toEqual([]);
  });

  it('says so when the application or the contact is gone', async () => {
    await expect(addContact(db, 'nope', recruiter, 'options')).rejects.toThrow('no longer exists');
    await expect(removeContact(db, id, 'nope', 'options')).rejects.toThrow('isn’t here any more');
  });

  it('treats a record without the lists (written by older code) as having none', async () => {
    const app = (await db.applications.get(id))!;
    delete app.contacts;
    delete app.interviews;
    await db.applications.put(app);
    await addContact(db, id, recruiter, 'options');
    await addInterview(db, id, { name: 'Phone screen', at: null, notes: '' }, 'options');
    const after = await db.applications.get(id);
    expect(after?.contacts).toHaveLength(1);
    expect(after?.interviews).toHaveLength(1);
  });
});

describe('interview rounds', () => {
  it('adds, updates and removes rounds with their dates, each on the timeline', async () => {
    const at = new Date(2026, 2, 4, 14, 30).getTime();
    const { round } = await addInterview(db, id, { name: ' Phone screen ', at, notes: 'Ask about the team' }, 'options', 2000);
    expect(round).toMatchObject({ name: 'Phone screen', at, notes: 'Ask about the team' });
    const { round: final } = await addInterview(db, id, { name: 'Final round', at: null, notes: '' }, 'options', 2500);
    await updateInterview(db, id, final.id, { name: 'Final round', at: at + 86_400_000, notes: 'With the CTO' }, 'options', 3000);
    await removeInterview(db, id, round.id, 'options', 4000);

    const app = await db.applications.get(id);
    expect(app?.interviews).toEqual([{ id: final.id, name: 'Final round', at: at + 86_400_000, notes: 'With the CTO' }]);
    expect(app?.updatedAt).toBe(4000);
    const events = (await timeline(db, id)).filter((e) => e.kind === 'interview');
    expect(events.map((e) => e.detail)).toEqual([
      'Added interview round “Phone screen”',
      'Added interview round “Final round”',
      'Updated interview round “Final round”',
      'Removed interview round “Phone screen”',
    ]);
  });

  it('needs a name', async () => {
    await expect(addInterview(db, id, { name: '  ', at: null, notes: '' }, 'options')).rejects.toThrow('needs a name');
    expect((await db.applications.get(id))?.interviews).toEqual([]);
  });
});
