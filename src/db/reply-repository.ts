/**
 * Employer replies the person filed from their webmail with one click. Each one changes what its
 * label says (a rejection moves the stage and opens a debrief, an interview adds a round, an
 * assessment an action item, an acknowledgement confirms the applied date) and leaves one "reply"
 * event holding only what the chip showed. Undo puts everything back as it was.
 */
import type { Application, ReplyNote, Stage, TimelineEvent } from '../core/types';
import { addActionItem } from './debrief-repository';
import { addInterview } from './contacts-interviews';
import { saveCapture, setStage } from './repository';
import type { ReboundDb } from './schema';
import { removeWithOwned } from './owned-by';

export interface FiledReply {
  applicationId: string;
  /** The record before the reply touched it; absent when the reply added it. */
  previous?: Application;
  at: number;
  /** Made by this reply (Undo removes them): a debrief, an action item. */
  debriefId?: string;
  actionItemId?: string;
}

export interface ReplyJob {
  company: string;
  jobTitle: string;
  jobId: string;
}

/** When the label moves the application, where to: never backwards (an interview invitation for an offer stays an offer). */
const MOVES_TO: Partial<Record<ReplyNote['label'], { to: Stage; from: readonly Stage[] }>> = {
  rejection: { to: 'rejected', from: ['saved', 'applied', 'screening', 'interviewing', 'offer', 'no_response'] },
  interview: { to: 'interviewing', from: ['saved', 'applied', 'screening', 'no_response'] },
  offer: { to: 'offer', from: ['saved', 'applied', 'screening', 'interviewing', 'no_response'] },
  acknowledgement: { to: 'applied', from: ['saved'] },
};

const tables = (db: ReboundDb) => [db.applications, db.events, db.debriefs, db.actionItems];

async function fileOn(db: ReboundDb, existing: Application, note: ReplyNoteWithWhen, now: number, fresh = false): Promise<FiledReply> {
  const filed: FiledReply = { applicationId: existing.id, previous: existing, at: now };
  const move = MOVES_TO[note.label];
  const hadDebrief = (await db.debriefs.where('applicationId').equals(existing.id).count()) > 0;
  if (move && move.from.includes(existing.stage)) await setStage(db, existing.id, move.to, 'email', now);
  if (note.label === 'rejection' && !hadDebrief) {
    filed.debriefId = (await db.debriefs.where('applicationId').equals(existing.id).first())?.id;
  }
  if (note.label === 'interview') {
    await addInterview(db, existing.id, { name: 'Interview', at: note.when ?? null, notes: '' }, 'email', now);
  }
  if (note.label === 'assessment') {
    const what = existing.title ? `Complete the assessment for ${existing.title}` : 'Complete the assessment';
    filed.actionItemId = (await addActionItem(db, { id: '', applicationId: existing.id }, 'other', what, note.when ?? null, now)).id;
  }
  const current = await db.applications.get(existing.id);
  if (!current) throw new Error('That application no longer exists.');
  // An acknowledgement dates the application when Rebound did not see it sent.
  const datesIt = note.label === 'acknowledgement' && note.date !== null && (fresh || existing.stage === 'saved' || existing.appliedAt === null);
  await db.applications.put({ ...current, appliedAt: datesIt ? note.date : current.appliedAt, updatedAt: now });
  const event: TimelineEvent = { applicationId: existing.id, at: now, kind: 'reply', source: 'email', reply: stripWhen(note) };
  await db.events.add(event);
  return filed;
}

/** A reply note as given by the background: the date stated in the email for a round or a task travels beside it. */
export type ReplyNoteWithWhen = ReplyNote & { when?: number | null };

function stripWhen(note: ReplyNoteWithWhen): ReplyNote {
  const { label, subject, from, date, sentence, link } = note;
  return { label, subject, from, date, sentence, link };
}

/** File a reply under an application the person confirmed. */
export async function fileReply(db: ReboundDb, applicationId: string, note: ReplyNoteWithWhen, now = Date.now()): Promise<FiledReply> {
  return db.transaction('rw', tables(db), async () => {
    const existing = await db.applications.get(applicationId);
    if (!existing) throw new Error('That application no longer exists.');
    return fileOn(db, existing, note, now);
  });
}

/**
 * An acknowledgement (or a rejection) for a job Rebound never saw: add it, as applied (or rejected),
 * with what the email said about the job.
 */
export async function addFromReply(db: ReboundDb, job: ReplyJob, note: ReplyNoteWithWhen, now = Date.now()): Promise<FiledReply> {
  return db.transaction('rw', tables(db), async () => {
    const draft = {
      title: job.jobTitle,
      company: job.company,
      location: '',
      salary: '',
      employmentType: '',
      workMode: null,
      board: 'email',
      jobId: job.jobId,
      url: '',
      description: '',
    };
    const { application } = await saveCapture(db, draft, { source: 'email', stage: 'applied', now });
    const filed = await fileOn(db, application, note, now, true);
    return { ...filed, previous: undefined };
  });
}

/** Put back what filing a reply changed; a record changed again since keeps that newer change. */
export async function undoReply(db: ReboundDb, filed: FiledReply): Promise<boolean> {
  return db.transaction('rw', tables(db), async () => {
    const current = await db.applications.get(filed.applicationId);
    if (!current || current.updatedAt !== filed.at) return false;
    await db.events.where('[applicationId+at]').between([filed.applicationId, filed.at], [filed.applicationId, Infinity]).delete();
    if (filed.debriefId) await db.debriefs.delete(filed.debriefId);
    if (filed.actionItemId) await db.actionItems.delete(filed.actionItemId);
    if (filed.previous) await db.applications.put(filed.previous);
    else await removeWithOwned(db, filed.applicationId);
    return true;
  });
}

/** Sender addresses of the replies filed under each application, for the matcher. */
export async function replySenders(db: ReboundDb): Promise<Map<string, string[]>> {
  const senders = new Map<string, string[]>();
  await db.events
    .filter((event) => event.kind === 'reply')
    .each((event) => {
      const address = /<([^>]+)>/.exec(event.reply?.from ?? '')?.[1]?.toLowerCase();
      if (!address) return;
      const list = senders.get(event.applicationId) ?? [];
      if (!list.includes(address)) list.push(address);
      senders.set(event.applicationId, list);
    });
  return senders;
}
