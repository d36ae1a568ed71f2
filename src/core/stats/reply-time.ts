/** How long replies take: the median number of days from sending to the first reply. */
import type { History } from './history';

const DAY = 24 * 60 * 60 * 1000;

export interface ReplyTime {
  /** Median days, or null when no reply has a known date yet. */
  medianDays: number | null;
  /** How many replies the median is taken over. */
  replies: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function replyTime(histories: readonly History[]): ReplyTime {
  const days: number[] = [];
  for (const { sentAt, firstReplyAt } of histories) {
    if (sentAt === null || firstReplyAt === null) continue;
    // A reply dated before the application (an edited applied date) says nothing about waiting time.
    if (firstReplyAt < sentAt) continue;
    days.push((firstReplyAt - sentAt) / DAY);
  }
  return { medianDays: median(days), replies: days.length };
}
