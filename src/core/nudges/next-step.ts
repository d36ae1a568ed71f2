/**
 * The next step a debrief ended with (an action item with its day): from the day before it is due
 * until it is ticked off; one without a day, from three days after it was set. Part of the
 * 'debrief' kind: it keeps the debrief's promise.
 */
import { KIND_META } from './kinds';
import { localDayNumber } from './local-time';
import type { Rule } from './rule';
import type { Nudge } from './types';
import { companyName } from './words';

const UNDATED_AFTER_DAYS = 3;

function when(dueDay: number, today: number): string {
  if (dueDay < today) return 'It was due a little while ago; it still counts whenever you do it.';
  if (dueDay === today) return 'You planned it for today.';
  return 'You planned it for tomorrow.';
}

export const nextStepsDue: Rule = (input) => {
  const { now, timeZone } = input;
  const today = localDayNumber(now, timeZone);
  const byId = new Map(input.applications.map((app) => [app.id, app]));
  const nudges: Nudge[] = [];
  for (const item of input.nextSteps ?? []) {
    if (item.doneAt !== null) continue;
    const due = item.dueAt === null ? null : localDayNumber(item.dueAt, timeZone);
    const ready = due === null ? today - localDayNumber(item.createdAt, timeZone) >= UNDATED_AFTER_DAYS : due <= today + 1;
    if (!ready) continue;
    const app = byId.get(item.applicationId);
    nudges.push({
      kind: 'debrief',
      key: `next-step:${item.id}`,
      title: `Your next step: ${item.text}`,
      body: [due === null ? '' : when(due, today), `You chose it at the end of your ${app ? `${companyName(app)} ` : ''}debrief.`]
        .filter(Boolean)
        .join(' '),
      target: { view: 'debrief', id: item.applicationId },
      actionLabel: 'Open the debrief',
      priority: KIND_META.debrief.priority + 1,
    });
  }
  return nudges;
};
