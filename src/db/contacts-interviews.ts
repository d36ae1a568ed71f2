/**
 * Contacts and interview rounds of an application (schema v3: lists on the record itself). Each change
 * is one transaction that rewrites the record, bumps updatedAt and writes a timeline event, like every
 * other write in src/db/repository.ts.
 */
import { contactLabel, contactsOf, normalizeContact, type ContactInput } from '../core/contacts';
import { interviewDates } from '../core/job-details';
import { interviewsOf, normalizeInterview, type InterviewInput } from '../core/interviews';
import type { Application, Contact, EventSource, InterviewRound, TimelineEvent } from '../core/types';
import type { ReboundDb } from './schema';

type Change = (app: Application) => {
  next: Partial<Application>;
  event: Pick<TimelineEvent, 'kind' | 'detail'>;
};

async function change(
  db: ReboundDb,
  id: string,
  source: EventSource,
  now: number,
  apply: Change,
): Promise<Application> {
  return db.transaction('rw', db.applications, db.events, async () => {
    const existing = await db.applications.get(id);
    if (!existing) throw new Error('That application no longer exists.');
    const { next, event } = apply(existing);
    const updated: Application = { ...existing, ...next, updatedAt: now };
    updated.interviewAt = interviewDates(updated); // what src/db/derived.ts would store anyway
    await db.applications.put(updated);
    await db.events.add({ applicationId: id, at: now, source, ...event });
    return updated;
  });
}

function find<T extends { id: string }>(list: readonly T[], itemId: string, what: string): T {
  const item = list.find((entry) => entry.id === itemId);
  if (!item) throw new Error(`That ${what} isn’t here any more.`);
  return item;
}

export async function addContact(
  db: ReboundDb,
  id: string,
  input: ContactInput,
  source: EventSource,
  now = Date.now(),
) {
  const contact: Contact = { id: crypto.randomUUID(), ...normalizeContact(input) };
  const app = await change(db, id, source, now, (existing) => ({
    next: { contacts: [...contactsOf(existing), contact] },
    event: { kind: 'contact', detail: `Added contact ${contactLabel(contact)}` },
  }));
  return { application: app, contact };
}

export async function updateContact(
  db: ReboundDb,
  id: string,
  contactId: string,
  input: ContactInput,
  source: EventSource,
  now = Date.now(),
) {
  const clean = normalizeContact(input);
  return change(db, id, source, now, (existing) => {
    const list = contactsOf(existing);
    const before = find(list, contactId, 'contact');
    const after: Contact = { ...before, ...clean };
    return {
      next: { contacts: list.map((c) => (c.id === contactId ? after : c)) },
      event: { kind: 'contact', detail: `Updated contact ${contactLabel(after)}` },
    };
  });
}

export async function removeContact(
  db: ReboundDb,
  id: string,
  contactId: string,
  source: EventSource,
  now = Date.now(),
) {
  return change(db, id, source, now, (existing) => {
    const list = contactsOf(existing);
    const gone = find(list, contactId, 'contact');
    return {
      next: { contacts: list.filter((c) => c.id !== contactId) },
      event: { kind: 'contact', detail: `Removed contact ${contactLabel(gone)}` },
    };
  });
}

export async function addInterview(
  db: ReboundDb,
  id: string,
  input: InterviewInput,
  source: EventSource,
  now = Date.now(),
) {
  const round: InterviewRound = { id: crypto.randomUUID(), ...normalizeInterview(input) };
  const app = await change(db, id, source, now, (existing) => ({
    next: { interviews: [...interviewsOf(existing), round] },
    event: { kind: 'interview', detail: `Added interview round “${round.name}”` },
  }));
  return { application: app, round };
}

export async function updateInterview(
  db: ReboundDb,
  id: string,
  roundId: string,
  input: InterviewInput,
  source: EventSource,
  now = Date.now(),
) {
  const clean = normalizeInterview(input);
  return change(db, id, source, now, (existing) => {
    const list = interviewsOf(existing);
    const before = find(list, roundId, 'interview round');
    const after: InterviewRound = { ...before, ...clean };
    return {
      next: { interviews: list.map((r) => (r.id === roundId ? after : r)) },
      event: { kind: 'interview', detail: `Updated interview round “${after.name}”` },
    };
  });
}

export async function removeInterview(
  db: ReboundDb,
  id: string,
  roundId: string,
  source: EventSource,
  now = Date.now(),
) {
  return change(db, id, source, now, (existing) => {
    const list = interviewsOf(existing);
    const gone = find(list, roundId, 'interview round');
    return {
      next: { interviews: list.filter((r) => r.id !== roundId) },
      event: { kind: 'interview', detail: `Removed interview round “${gone.name}”` },
    };
  });
}
