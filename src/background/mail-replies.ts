/**
 * What the mail script asks of the background: whether an opened employer reply may be offered (once
 * per email, remembered by a hash of its message id) and for which applications, and filing it when
 * the person clicks. Only what the chip showed is stored (src/db/reply-repository.ts).
 */
import browser from '../shared/browser';
import { getDb } from '../db/schema';
import { addFromReply, fileReply, replySenders, undoReply, type FiledReply, type ReplyNoteWithWhen } from '../db/reply-repository';
import { clearMatch, matchReply } from '../core/reply/match';
import { providerOf, type MailProvider } from '../core/reply/providers';
import type { MailCandidate, MailFiled, MailOffer, MailOpened, MailReading, MailSeen } from '../shared/mail-messages';
import { classifyEmail } from '../core/reply/classify';
import { statedDate } from '../core/reply/find-date';
import { mailReaders } from './mail-readers';
import { MAIL_SEEN_KEY, MAIL_UNREADABLE_KEY } from '../shared/mail-keys';
import { openOptionsAt } from './options-tab';
import { rememberUndo, takeUndo } from './undo';

/** The oldest hashes are dropped past this many. */
const MAX_SEEN = 5000;
/** Without a match, these labels are still worth a chip: the job can be added. */
const ADDABLE = new Set(['acknowledgement', 'rejection']);

/** Requests about mail come only from an opted-in provider's page. */
export async function mailSenderAllowed(url: string | undefined): Promise<MailProvider | null> {
  const provider = providerOf(url ?? '');
  if (!provider) return null;
  return (await mailReaders())[provider] === true ? provider : null;
}

async function seenHashes(): Promise<Record<string, number>> {
  const stored = (await browser.storage.local.get(MAIL_SEEN_KEY))[MAIL_SEEN_KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, number>) : {};
}

async function markSeen(key: string, now = Date.now()): Promise<void> {
  const seen = await seenHashes();
  seen[key] = now;
  const keys = Object.keys(seen);
  if (keys.length > MAX_SEEN) {
    for (const old of keys.sort((a, b) => (seen[a] ?? 0) - (seen[b] ?? 0)).slice(0, keys.length - MAX_SEEN)) delete seen[old];
  }
  await browser.storage.local.set({ [MAIL_SEEN_KEY]: seen });
}

async function offersInPipeline(): Promise<number> {
  return getDb().applications.where('stage').equals('offer').count();
}

export async function offerReply(key: string, email: MailOpened): Promise<MailOffer> {
  const none: MailOffer = { offer: false, reading: null, when: null, candidates: [], pick: false, offers: 0 };
  if (key in (await seenHashes())) return none;
  const { label, sentence, company, jobTitle, jobId } = classifyEmail(email);
  if (label === 'other') return none;
  const reading: MailReading = { label, sentence, company, jobTitle, jobId };
  const db = getDb();
  const [applications, senders] = await Promise.all([db.applications.toArray(), replySenders(db)]);
  const scored = matchReply(
    reading,
    email.fromAddress,
    applications.map((app) => ({ ...app, senders: senders.get(app.id) ?? [] })),
  );
  if (scored.length === 0 && !ADDABLE.has(reading.label)) return none;
  const byId = new Map(applications.map((app) => [app.id, app]));
  const candidates: MailCandidate[] = scored.slice(0, 5).flatMap(({ applicationId }) => {
    const app = byId.get(applicationId);
    return app ? [{ applicationId, title: app.title, company: app.company, stage: app.stage }] : [];
  });
  await markSeen(key);
  return {
    offer: true,
    reading,
    when: statedDate(label, sentence, email.body, Date.now()),
    candidates,
    pick: candidates.length > 0 && clearMatch(scored) === null,
    offers: await offersInPipeline(),
  };
}

function noteOf(reading: MailReading, email: MailSeen): ReplyNoteWithWhen {
  const from = email.fromName && email.fromAddress ? `${email.fromName} <${email.fromAddress}>` : email.fromName || email.fromAddress;
  return { label: reading.label, subject: email.subject, from, date: email.date, sentence: reading.sentence, link: email.link, when: email.when };
}

export async function fileFromMail(
  key: string,
  action: 'file' | 'add' | 'dismiss',
  applicationId: string | undefined,
  reading: MailReading,
  email: MailSeen,
): Promise<MailFiled> {
  await markSeen(key);
  if (action === 'dismiss') return { applicationId: null, undoToken: null, debrief: false, offers: 0 };
  const db = getDb();
  const note = noteOf(reading, email);
  let filed: FiledReply;
  if (action === 'file') {
    if (!applicationId) throw new Error('Which application is this email about?');
    filed = await fileReply(db, applicationId, note);
  } else {
    if (!ADDABLE.has(reading.label)) throw new Error('Only an acknowledgement or a rejection can add an application.');
    filed = await addFromReply(db, reading, note);
  }
  const undoToken = await rememberUndo({ ...filed, capturedAt: filed.at });
  const debrief = reading.label === 'rejection' && (await db.debriefs.where('applicationId').equals(filed.applicationId).count()) > 0;
  return { applicationId: filed.applicationId, undoToken, debrief, offers: await offersInPipeline() };
}

export async function undoFromMail(token: string): Promise<boolean> {
  const entry = await takeUndo<FiledReply & { capturedAt: number }>(token);
  return entry ? undoReply(getDb(), entry) : false;
}

export async function countUnreadable(provider: MailProvider): Promise<void> {
  const stored = (await browser.storage.local.get(MAIL_UNREADABLE_KEY))[MAIL_UNREADABLE_KEY] as Record<string, number> | undefined;
  const counts = stored && typeof stored === 'object' ? stored : {};
  counts[provider] = (counts[provider] ?? 0) + 1;
  await browser.storage.local.set({ [MAIL_UNREADABLE_KEY]: counts });
}

export function openDebriefOf(applicationId: string): Promise<void> {
  return openOptionsAt(browser, `/debrief/${encodeURIComponent(applicationId)}`);
}
