/** Interview rounds of one application, as plain functions over plain data. */
import type { Application, InterviewRound } from './types';

export type InterviewInput = Omit<InterviewRound, 'id'>;

/** Suggestions for the round's name; people can type anything. */
export const ROUND_SUGGESTIONS = [
  'Phone screen',
  'Recruiter call',
  'Hiring manager',
  'Technical interview',
  'Take-home task',
  'Panel interview',
  'Final round',
] as const;

export function interviewsOf(app: Pick<Application, 'interviews'>): InterviewRound[] {
  return app.interviews ?? [];
}

/** Dated rounds in date order, then rounds still being arranged, in the order they were added. */
export function roundsInOrder(rounds: readonly InterviewRound[]): InterviewRound[] {
  return rounds
    .map((round, index) => ({ round, index }))
    .sort((a, b) => {
      if (a.round.at === null || b.round.at === null) {
        return a.round.at === b.round.at ? a.index - b.index : a.round.at === null ? 1 : -1;
      }
      return a.round.at - b.round.at || a.index - b.index;
    })
    .map(({ round }) => round);
}

export function normalizeInterview(input: InterviewInput): InterviewInput {
  const name = input.name.trim();
  if (!name) throw new Error('An interview round needs a name, such as “Phone screen”.');
  if (input.at !== null && !Number.isFinite(input.at)) throw new Error('That date isn’t one we can read.');
  return { name, at: input.at, notes: input.notes };
}

/**
 * The value of an <input type="datetime-local"> ("2026-03-04T14:30") as epoch ms in the person's
 * own time zone; null for empty or unreadable input.
 */
export function fromDateTimeLocal(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  // Reject dates the Date constructor silently rolled over (e.g. 31 February).
  return date.getMonth() === mo - 1 && date.getDate() === d ? date.getTime() : null;
}

/** Epoch ms → "2026-03-04T14:30" in local time, for the datetime-local input. */
export function toDateTimeLocal(at: number | null): string {
  if (at === null) return '';
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const UPCOMING_DAYS = 7;

export interface UpcomingRound {
  applicationId: string;
  title: string;
  company: string;
  round: InterviewRound & { at: number };
}

/** The dated rounds of these applications from `from` (inclusive) to `to` (exclusive), soonest first. */
export function roundsBetween(
  apps: readonly Pick<Application, 'id' | 'title' | 'company' | 'interviews'>[],
  from: number,
  to: number,
): UpcomingRound[] {
  const found: UpcomingRound[] = [];
  for (const app of apps) {
    for (const round of interviewsOf(app)) {
      if (round.at !== null && round.at >= from && round.at < to) {
        found.push({ applicationId: app.id, title: app.title, company: app.company, round: { ...round, at: round.at } });
      }
    }
  }
  return found.sort((a, b) => a.round.at - b.round.at);
}
