/**
 * Interviews, from the rounds the user dated on the application: the day before one, a nudge to
 * prepare; the day after, a nudge to thank the people met. A stage change alone never claims an
 * interview happened (moving a job to "interviewing" says nothing about when the interview is).
 * Both belong to the 'thank-you' kind (its id is kept so existing settings still apply).
 */
import { IN_FLIGHT } from '../stages';
import type { Application, InterviewRound } from '../types';
import { KIND_META } from './kinds';
import { localDayNumber, localParts } from './local-time';
import type { Rule } from './rule';
import type { Nudge } from './types';
import { appLabel, companyName } from './words';

/** "14:30" in the user's zone: the time they typed for the round. */
function clock(at: number, timeZone: string): string {
  const { hour, minute } = localParts(at, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The round as the user named it: “Phone screen”. */
function quoted(round: InterviewRound): string {
  return `“${round.name.trim() || 'Interview'}”`;
}

function prepare(app: Application, round: InterviewRound & { at: number }, timeZone: string): Nudge {
  return {
    kind: 'thank-you',
    key: `prepare:${app.id}:${round.id}`,
    title: `Interview with ${companyName(app)} tomorrow`,
    body: `${quoted(round)} with ${appLabel(app)} is tomorrow at ${clock(round.at, timeZone)}. Half an hour today with the posting and your notes helps you walk in calm.`,
    target: { view: 'app', id: app.id },
    actionLabel: 'Open the application',
    priority: KIND_META['thank-you'].priority,
  };
}

function thank(app: Application, round: InterviewRound): Nudge {
  return {
    kind: 'thank-you',
    key: `thank-you:${app.id}:${round.id}`,
    title: `Thank ${companyName(app)} for the interview`,
    body: `${quoted(round)} with ${appLabel(app)} was yesterday. A short thank-you note to the people you met leaves a warm last impression.`,
    target: { view: 'app', id: app.id },
    actionLabel: 'Open the application',
    priority: KIND_META['thank-you'].priority,
  };
}

export const thankYou: Rule = (input) => {
  const { applications, now, timeZone } = input;
  const today = localDayNumber(now, timeZone);
  const nudges: Nudge[] = [];
  for (const app of applications) {
    if (!IN_FLIGHT.has(app.stage)) continue;
    for (const round of app.interviews ?? []) {
      if (round.at === null || !Number.isFinite(round.at)) continue;
      const day = localDayNumber(round.at, timeZone);
      if (day === today + 1) nudges.push(prepare(app, { ...round, at: round.at }, timeZone));
      else if (day === today - 1) nudges.push(thank(app, round));
    }
  }
  return nudges;
};
