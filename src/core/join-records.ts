/**
 * Two records of one job joined into one: the toast's "Is this the … you saved?" answer, and
 * "Same job as…" on an application's page later (a question dismissed or missed, a job saved twice).
 * Pure functions over plain data; src/db/join-repository.ts applies them in one transaction.
 *
 * Nothing the person saved is lost: the kept record keeps its own values and takes what it lacks
 * from the other; text both wrote (notes, documents sent) is joined; lists (contacts, interview
 * rounds, tags) are put together; the later stage wins (applied beats saved), the earliest saved
 * date and the first applied date stay.
 */
import type { ActionItem, Debrief, DebriefStatus } from './debrief/types';
import { canonicalUrl } from './dedupe';
import { parseTags } from './job-details';
import { addressKeys } from './job-link';
import { appliedAtAfter } from './stages';
import { STAGES, type Application, type Contact, type InterviewRound, type Stage } from './types';

/** A record carries a handful of addresses, never an unbounded list. */
const MAX_OTHER_URLS = 20;

/** Addresses of the same job kept besides postingUrl: new ones added, none twice, the posting not again. */
export function withOtherUrls(existing: Pick<Application, 'postingUrl' | 'otherUrls'>, ...urls: Array<string | undefined>): string[] {
  const kept = [...(existing.otherUrls ?? [])];
  const seen = new Set([existing.postingUrl, ...kept].map(canonicalUrl));
  for (const url of urls) {
    const canonical = url ? canonicalUrl(url) : '';
    if (!canonical || seen.has(canonical)) continue;
    seen.add(canonical);
    kept.push(url!);
  }
  return kept.slice(0, MAX_OTHER_URLS);
}

/** The other addresses with their keys, as the database layer would derive them (src/db/derived.ts). */
export function otherAddresses(otherUrls: string[]): Pick<Application, 'otherUrls' | 'otherKeys'> {
  return { otherUrls, otherKeys: addressKeys(otherUrls) };
}

/** The posting's own details: the kept record's value stays, an empty one is filled from the other. */
export const JOB_FIELDS = ['title', 'company', 'location', 'workMode', 'salary', 'employmentType', 'board', 'jobId', 'description'] as const;

/** `value` where `kept` is empty ("" or null), else `kept`: what a person or a page wrote first stays. */
export function filled<T>(kept: T, value: T): T {
  return kept === '' || kept === null || kept === undefined ? value : kept;
}

/** The later of two stages in the pipeline's order: applied beats saved, interviewing beats applied. */
export function laterStage(a: Stage, b: Stage): Stage {
  return STAGES.indexOf(a) >= STAGES.indexOf(b) ? a : b;
}

/** Two texts someone wrote, both kept: one, the other, or both a blank line apart (never twice). */
export function joinedText(a: string | undefined, b: string | undefined, separator = '\n\n'): string {
  const [x, y] = [(a ?? '').trim(), (b ?? '').trim()];
  if (!x) return b ?? '';
  if (!y || x.includes(y)) return a ?? '';
  return `${a}${separator}${b}`;
}

/** Both lists, each item once (by id, and by what it says: the same person saved on both records). */
function together<T extends { id: string }>(a: readonly T[] | undefined, b: readonly T[] | undefined, sameAs: (item: T) => string): T[] {
  const list = [...(a ?? [])];
  const ids = new Set(list.map((item) => item.id));
  const said = new Set(list.map(sameAs));
  for (const item of b ?? []) {
    if (ids.has(item.id) || said.has(sameAs(item))) continue;
    ids.add(item.id);
    said.add(sameAs(item));
    list.push(item);
  }
  return list;
}

const contactSays = (c: Contact) => [c.name, c.role, c.email, c.profileUrl].map((s) => s.trim().toLowerCase()).join('\u0000');
const roundSays = (r: InterviewRound) => [r.name.trim().toLowerCase(), r.at ?? '', r.notes.trim()].join('\u0000');

function earliest(...times: Array<number | null | undefined>): number | null {
  const known = times.filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  return known.length ? Math.min(...known) : null;
}

/** `keep` after taking in `gone`: the one record of the job, written at `now`. */
export function joinedApplication(keep: Application, gone: Application, now: number): Application {
  const job = Object.fromEntries(JOB_FIELDS.map((field) => [field, filled(keep[field], gone[field])])) as Pick<Application, (typeof JOB_FIELDS)[number]>;
  const postingUrl = keep.postingUrl || gone.postingUrl;
  const stage = laterStage(keep.stage, gone.stage);
  const firstApplied = earliest(keep.appliedAt, gone.appliedAt);
  return {
    ...keep,
    ...job,
    postingUrl,
    canonicalUrl: keep.postingUrl ? keep.canonicalUrl : gone.canonicalUrl,
    jobKey: keep.jobKey || gone.jobKey,
    ...otherAddresses(withOtherUrls({ postingUrl, otherUrls: keep.otherUrls }, gone.postingUrl, ...(gone.otherUrls ?? []))),
    stage,
    savedAt: earliest(keep.savedAt, gone.savedAt) ?? keep.savedAt,
    createdAt: earliest(keep.createdAt, gone.createdAt) ?? keep.createdAt,
    appliedAt: stage === 'saved' ? null : (firstApplied ?? appliedAtAfter(stage, null, now)),
    notes: joinedText(keep.notes, gone.notes),
    contacts: together(keep.contacts, gone.contacts, contactSays),
    interviews: together(keep.interviews, gone.interviews, roundSays),
    tags: parseTags([...(keep.tags ?? []), ...(gone.tags ?? [])]),
    excitement: filled(keep.excitement ?? null, gone.excitement ?? null),
    deadline: filled(keep.deadline ?? null, gone.deadline ?? null),
    resumeVersion: joinedText(keep.resumeVersion, gone.resumeVersion, '; '),
    coverLetterVersion: joinedText(keep.coverLetterVersion, gone.coverLetterVersion, '; '),
    updatedAt: now,
  };
}

/** How far a debrief got: the one further along leads when both records had one. */
const STATUS_RANK: Record<DebriefStatus, number> = { skipped: 0, pending: 1, in_progress: 2, done: 3 };

/**
 * One application has one debrief (a unique index): when both records had one, the one further along
 * leads and takes in the other's words (note, feedback, reflection, themes, next step).
 */
export function joinedDebrief(keep: Debrief, gone: Debrief, applicationId: string, now: number): Debrief {
  const [lead, other] = STATUS_RANK[gone.status] > STATUS_RANK[keep.status] ? [gone, keep] : [keep, gone];
  return {
    ...lead,
    applicationId,
    contact: lead.contact ?? other.contact,
    note: joinedText(lead.note, other.note),
    noteSentAt: earliest(lead.noteSentAt, other.noteSentAt),
    reminderAt: lead.reminderAt ?? other.reminderAt,
    feedback: joinedText(lead.feedback, other.feedback),
    reflection: joinedText(lead.reflection, other.reflection),
    themes: [...new Set([...lead.themes, ...other.themes])],
    nextStep: filled(lead.nextStep, other.nextStep),
    nextStepDueAt: filled(lead.nextStepDueAt ?? null, other.nextStepDueAt ?? null),
    createdAt: Math.min(lead.createdAt, other.createdAt),
    updatedAt: now,
  };
}

/** An action item of the record that goes, now the kept record's (and its one debrief's). */
export function movedActionItem(item: ActionItem, applicationId: string, debriefId: string | undefined): ActionItem {
  return { ...item, applicationId, ...(debriefId ? { debriefId } : {}) };
}
