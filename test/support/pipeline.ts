/**
 * A generated pipeline for tests: applications across boards and stages with their timelines, plus
 * debriefs, action items and preferences. Seeded, so every run builds the same data.
 */
import type { ActionItem, Debrief, Preference } from '../../src/core/debrief/types';
import { type Application, type Stage, type TimelineEvent } from '../../src/core/types';
import type { ReboundDb } from '../../src/db/schema';

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOARDS = ['linkedin', 'indeed', 'greenhouse', 'lever', 'workday', 'ashby', 'web'];
const WORDS = (
  'we are looking for a senior engineer to join our team you will build reliable systems with care ' +
  'experience with typescript and distributed services benefits include remote work health cover ' +
  'équipe collaboratif «qualité» 東京 "quoted" commas, and; semicolons = formulas +plus -minus @at'
).split(' ');

export interface Pipeline {
  applications: Application[];
  events: TimelineEvent[];
  debriefs: Debrief[];
  actionItems: ActionItem[];
  preferences: Preference[];
}

const PATHS: Stage[][] = [
  ['applied'],
  ['applied', 'screening'],
  ['applied', 'screening', 'interviewing'],
  ['applied', 'interviewing', 'offer'],
  ['applied', 'screening', 'interviewing', 'offer', 'accepted'],
  ['applied', 'rejected'],
  ['applied', 'screening', 'rejected'],
  ['applied', 'no_response'],
  ['saved'],
  ['saved', 'withdrawn'],
];

/**
 * `descriptionChars` averages the length of real job descriptions (2–4 thousand characters) by
 * default, so sizes measured over this data are realistic.
 */
export function generatePipeline(count: number, seed = 1, descriptionChars = 3000, now = Date.UTC(2026, 2, 14)): Pipeline {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const text = (chars: number) => {
    const parts: string[] = [];
    let length = 0;
    while (length < chars) {
      const word = pick(WORDS);
      parts.push(word);
      length += word.length + 1;
      if (rnd() < 0.02) parts.push('\n\n');
    }
    return parts.join(' ');
  };
  const pipeline: Pipeline = { applications: [], events: [], debriefs: [], actionItems: [], preferences: [] };
  let eventId = 1;
  for (let i = 0; i < count; i++) {
    const id = `app-${seed}-${i}`;
    const board = pick(BOARDS);
    const path = pick(PATHS);
    const savedAt = now - Math.floor(rnd() * 365 * 86_400_000);
    let at = savedAt;
    const events: TimelineEvent[] = [{ id: eventId++, applicationId: id, at, kind: 'captured', to: 'saved', source: 'popup' }];
    let appliedAt: number | null = null;
    let previous: Stage = 'saved';
    for (const stage of path) {
      if (stage === 'saved') continue;
      at += Math.floor(rnd() * 14 * 86_400_000) + 60_000;
      if (stage === 'applied') appliedAt = at;
      events.push({
        id: eventId++,
        applicationId: id,
        at,
        kind: stage === 'applied' ? 'applied' : 'stage',
        from: previous,
        to: stage,
        source: stage === 'applied' ? 'auto' : 'options',
      });
      previous = stage;
    }
    if (rnd() < 0.3) events.push({ id: eventId++, applicationId: id, at: at + 1000, kind: 'edit', detail: 'notes', source: 'options' });
    const jobId = board === 'web' ? '' : String(seed * 1_000_000 + i);
    pipeline.applications.push({
      id,
      title: `${pick(['Senior', 'Staff', 'Junior', '=HYPERLINK', 'Lead'])} ${pick(['Engineer', 'Designer', 'Analyst'])} ${i}`,
      company: `${pick(['Acme', 'Northwind', 'Globex', '+Plus', 'Initech'])} ${i % 500}`,
      location: pick(['Berlin', 'Remote', 'Lyon, France', '']),
      workMode: pick(['remote', 'hybrid', 'onsite', null] as const),
      salary: pick(['', '€60,000–€70,000', '$120k']),
      employmentType: pick(['Full-time', 'Contract', '']),
      board,
      jobId,
      postingUrl: `https://jobs.example.com/${board}/${seed}-${i}`,
      canonicalUrl: `https://jobs.example.com/${board}/${seed}-${i}`,
      jobKey: jobId ? `${board}:${jobId}` : '',
      description: text(Math.floor(descriptionChars * (0.5 + rnd()))),
      stage: previous,
      savedAt,
      appliedAt,
      notes: rnd() < 0.3 ? `Talked to "Sam", follow up\nnext week` : '',
      createdAt: savedAt,
      updatedAt: at,
      contacts: rnd() < 0.2 ? [{ id: `c-${i}`, name: 'Sam Lee', role: 'Recruiter', email: 'sam@example.com', profileUrl: '' }] : [],
      interviews: previous === 'interviewing' ? [{ id: `r-${i}`, name: 'Phone screen', at: at + 86_400_000, notes: '' }] : [],
    });
    pipeline.events.push(...events);
    if (previous === 'rejected') {
      const debriefId = `debrief-${id}`;
      pipeline.debriefs.push({
        id: debriefId,
        applicationId: id,
        status: 'done',
        step: 'keep_going',
        contact: { name: 'Sam Lee', email: 'sam@example.com' },
        note: '',
        noteSentAt: at + 3600_000,
        reminderAt: null,
        feedback: 'A close call: another candidate had more domain experience.',
        reflection: '',
        themes: ['close_call'],
        nextStep: 'Apply to two more this week',
        createdAt: at,
        updatedAt: at + 7200_000,
        completedAt: at + 7200_000,
      });
      pipeline.actionItems.push({
        id: `action-${id}`,
        debriefId,
        applicationId: id,
        theme: 'close_call',
        text: 'Practise interviews with a friend',
        dueAt: null,
        doneAt: null,
        createdAt: at,
        updatedAt: at,
      });
      if (i % 7 === 0) {
        pipeline.preferences.push({ id: `pref-${id}`, text: 'A team that reviews code kindly', kind: 'want', sourceApplicationId: id, createdAt: at });
      }
    }
  }
  return pipeline;
}

/** Write a pipeline, plus a record in any table this generator does not know (added by later versions). */
export async function seed(db: ReboundDb, pipeline: Pipeline): Promise<void> {
  const known: Record<string, unknown[]> = { ...pipeline };
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const records = known[table.name];
      if (records) {
        await table.bulkAdd(records);
      } else {
        const key = String(table.schema.primKey.keyPath);
        await table.add({ [key]: `generic-${table.name}`, applicationId: pipeline.applications[0]?.id ?? '', updatedAt: 1 });
      }
    }
  });
}

