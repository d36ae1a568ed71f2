/**
 * Two questions people ask of their search: how long each company takes to reply, and which kinds
 * of role (by the words in their titles) get replies most.
 */
import { median } from './reply-time';
import type { History } from './history';

const DAY = 24 * 60 * 60 * 1000;

export interface CompanyReplyTime {
  company: string;
  medianDays: number;
  replies: number;
}

/** Companies with at least one dated reply, the most replies first (then the quickest). */
export function replyTimeByCompany(histories: readonly History[], limit = 8): CompanyReplyTime[] {
  const byCompany = new Map<string, { name: string; days: number[] }>();
  for (const { application, sentAt, firstReplyAt } of histories) {
    const name = (application.company ?? '').trim();
    if (!name || sentAt === null || firstReplyAt === null || firstReplyAt < sentAt) continue;
    const key = name.toLowerCase();
    const entry = byCompany.get(key) ?? { name, days: [] };
    entry.days.push((firstReplyAt - sentAt) / DAY);
    byCompany.set(key, entry);
  }
  return [...byCompany.values()]
    .map(({ name, days }) => ({ company: name, medianDays: median(days)!, replies: days.length }))
    .sort((a, b) => b.replies - a.replies || a.medianDays - b.medianDays || a.company.localeCompare(b.company))
    .slice(0, limit);
}

export interface TitleWordRate {
  word: string;
  sent: number;
  replied: number;
  rate: number;
}

/** Words that say nothing about the kind of role. */
const NOT_A_KIND = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'for', 'in', 'at', 'to', 'with', 'm/w/d', 'f/m/d', 'm/f/d', 'remote', 'hybrid', 'job', 'role', 'position', 'i', 'ii', 'iii']);

function titleWords(title: string): string[] {
  const words = title.toLowerCase().match(/[\p{L}][\p{L}\p{N}+#.-]*/gu) ?? [];
  return [...new Set(words.map((w) => w.replace(/[.-]+$/, '')).filter((w) => w.length > 1 && !NOT_A_KIND.has(w)))];
}

/**
 * For each word in at least `minSent` sent applications' titles ("designer", "senior", "data"), the
 * share that got a reply; the best rates first, then the most used.
 */
export function responseRateByTitleWord(histories: readonly History[], minSent = 3, limit = 8): TitleWordRate[] {
  const byWord = new Map<string, { sent: number; replied: number }>();
  for (const history of histories) {
    if (!history.sent) continue;
    for (const word of titleWords(history.application.title ?? '')) {
      const entry = byWord.get(word) ?? { sent: 0, replied: 0 };
      entry.sent += 1;
      if (history.replied) entry.replied += 1;
      byWord.set(word, entry);
    }
  }
  return [...byWord.entries()]
    .filter(([, { sent }]) => sent >= minSent)
    .map(([word, { sent, replied }]) => ({ word, sent, replied, rate: replied / sent }))
    .sort((a, b) => b.rate - a.rate || b.sent - a.sent || a.word.localeCompare(b.word))
    .slice(0, limit);
}
