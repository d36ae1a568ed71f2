/**
 * Response rate by board: of the applications sent through each board, the share that got a reply
 * (see REPLY_STAGES in history.ts: moved past applied, or rejected).
 */
import type { History } from './history';

export interface BoardRate {
  /** Board id as stored ("" when unknown). */
  board: string;
  sent: number;
  replied: number;
  /** replied / sent, 0–1. */
  rate: number;
}

/** Most-used boards first; ties by name so the order is stable. */
export function responseRateByBoard(histories: readonly History[]): BoardRate[] {
  const byBoard = new Map<string, { sent: number; replied: number }>();
  for (const history of histories) {
    if (!history.sent) continue;
    const board = history.application.board.trim().toLowerCase();
    const entry = byBoard.get(board) ?? { sent: 0, replied: 0 };
    entry.sent += 1;
    if (history.replied) entry.replied += 1;
    byBoard.set(board, entry);
  }
  return [...byBoard.entries()]
    .map(([board, { sent, replied }]) => ({ board, sent, replied, rate: replied / sent }))
    .sort((a, b) => b.sent - a.sent || a.board.localeCompare(b.board));
}
