/**
 * A job added by hand (a referral, a lead from an email: no page to save it from). It goes through
 * saveCapture like any capture, so dedupe and the timeline apply, then to its stage through setStage
 * (a rejection offers its debrief as usual), and its notes and tags through updateFields.
 */
import { jobLink } from '../core/job-link';
import { parseTags } from '../core/job-details';
import type { Application, EventSource, Stage } from '../core/types';
import { findDuplicate, saveCapture, setStage, updateFields } from './repository';
import type { ReboundDb } from './schema';

export interface HandAddedJob {
  title: string;
  company: string;
  location: string;
  /** A link to the posting, if there is one. */
  link: string;
  stage: Stage;
  /** When it was sent (null: now, or not sent for a saved job). */
  appliedAt: number | null;
  notes: string;
  tags: string;
}

export interface AddResult {
  created: boolean;
  application: Application;
}

export async function addByHand(db: ReboundDb, job: HandAddedJob, source: EventSource, now = Date.now()): Promise<AddResult> {
  const title = job.title.trim();
  const company = job.company.trim();
  if (!title && !company) throw new Error('Add a job title or a company, so you can find it later.');
  const link = jobLink(job.link);
  if (job.link.trim() && !link.url) throw new Error('That link isn’t a web address. Use one starting with https://, or leave it empty.');
  const sent = job.stage !== 'saved';
  const at = sent && job.appliedAt !== null ? Math.min(job.appliedAt, now) : now;
  return db.transaction('rw', [db.applications, db.events, db.debriefs], async () => {
    const draft = { title, company, location: job.location.trim(), salary: '', employmentType: '', workMode: null, description: '', ...link };
    // Already tracked (same link): left exactly as it is; the person is told and can open it.
    const existing = await findDuplicate(db, draft);
    if (existing) return { created: false, application: existing };
    const result = await saveCapture(db, draft, { source, stage: sent ? 'applied' : 'saved', now: at });
    const id = result.application.id;
    if (job.stage !== 'saved' && job.stage !== 'applied') await setStage(db, id, job.stage, source, now);
    const tags = parseTags(job.tags);
    if (job.notes.trim() || tags.length > 0) await updateFields(db, id, { notes: job.notes.trim(), tags }, source, now);
    return { created: true, application: (await db.applications.get(id))! };
  });
}
