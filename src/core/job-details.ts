/**
 * The details people coming from other trackers look for (schema v4): tags, how excited they are,
 * a deadline, and which résumé and cover letter they sent. Plain functions over plain data.
 */
import type { Application } from './types';

export interface JobDetails {
  tags: string[];
  excitement: number | null;
  deadline: number | null;
  resumeVersion: string;
  coverLetterVersion: string;
}

export const NO_DETAILS: JobDetails = {
  tags: [],
  excitement: null,
  deadline: null,
  resumeVersion: '',
  coverLetterVersion: '',
};

export const EXCITEMENT_LEVELS = [1, 2, 3, 4, 5] as const;
export const EXCITEMENT_LABELS: Record<number, string> = {
  1: 'Not keen',
  2: 'Lukewarm',
  3: 'Interested',
  4: 'Excited',
  5: 'Dream job',
};

/** Records from before schema v4 (or built by older code) lack these: read them as "not set". */
export function detailsOf(app: Partial<Pick<Application, keyof JobDetails>>): JobDetails {
  return {
    tags: Array.isArray(app.tags) ? app.tags : [],
    excitement: normalizeExcitement(app.excitement),
    deadline: typeof app.deadline === 'number' && Number.isFinite(app.deadline) ? app.deadline : null,
    resumeVersion: typeof app.resumeVersion === 'string' ? app.resumeVersion : '',
    coverLetterVersion: typeof app.coverLetterVersion === 'string' ? app.coverLetterVersion : '',
  };
}

/** A whole number from 1 to 5, or null for anything else. */
export function normalizeExcitement(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

/** Longest tag kept: a label, not a note. */
export const TAG_MAX = 40;

/**
 * "Referral, fintech ,  referral" → ["Referral", "fintech"]: split on commas, trimmed, cut to
 * TAG_MAX, duplicates (ignoring case) dropped, the first spelling kept.
 */
export function parseTags(text: string | readonly string[]): string[] {
  const parts = typeof text === 'string' ? text.split(',') : text;
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of parts) {
    const tag = part.replace(/\s+/g, ' ').trim().slice(0, TAG_MAX);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export function tagsText(tags: readonly string[]): string {
  return tags.join(', ');
}

/** Every tag in use, sorted, for the tag filter. */
export function tagsIn(apps: readonly Pick<Application, 'tags'>[]): string[] {
  const all = new Map<string, string>();
  for (const app of apps) for (const tag of app.tags ?? []) if (!all.has(tag.toLowerCase())) all.set(tag.toLowerCase(), tag);
  return [...all.values()].sort((a, b) => a.localeCompare(b));
}

/** The sorted dates of an application's dated interview rounds: the value of its interviewAt index. */
export function interviewDates(app: Pick<Application, 'interviews'>): number[] {
  return (app.interviews ?? [])
    .map((round) => round.at)
    .filter((at): at is number => typeof at === 'number' && Number.isFinite(at))
    .sort((a, b) => a - b);
}
