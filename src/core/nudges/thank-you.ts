/**
 * On the day of an interview, a thank-you note. The interview day is the day the application moved
 * to "interviewing" (the pipeline has no separate interview records).
 */
import { KIND_META } from './kinds';
import { localDayKey, localDayNumber } from './local-time';
import type { Rule } from './rule';
import type { Nudge } from './types';
import { appLabel, companyName } from './words';

export const thankYou: Rule = (input, facts) => {
  const { applications, now, timeZone } = input;
  const today = localDayNumber(now, timeZone);
  const nudges: Nudge[] = [];
  for (const app of applications) {
    if (app.stage !== 'interviewing') continue;
    const interviewToday = facts
      .eventsOf(app.id)
      .some((e) => e.kind === 'stage' && e.to === 'interviewing' && e.at <= now && localDayNumber(e.at, timeZone) === today);
    if (!interviewToday) continue;
    nudges.push({
      kind: 'thank-you',
      key: `thank-you:${app.id}:${localDayKey(now, timeZone)}`,
      title: `Thank ${companyName(app)} for the interview`,
      body: `You interviewed with ${appLabel(app)} today. A short thank-you note, sent today, leaves a warm last impression.`,
      target: { view: 'app', id: app.id },
      actionLabel: 'Open the application',
      priority: KIND_META['thank-you'].priority,
    });
  }
  return nudges;
};
