/** A day or so after a rejection, while it is still fresh for them: ask what would have helped. */
import type { Application } from '../types';
import type { Facts } from './facts';
import { KIND_META } from './kinds';
import type { Rule } from './rule';
import type { NudgeInput } from './types';
import { companyName, daysAgo } from './words';

/** After two weeks, asking for feedback is unlikely to get an answer; the debrief nudge remains. */
export const FEEDBACK_WINDOW_DAYS = 14;

/** Shared with the debrief rule, which stays quiet while this one speaks for the same application. */
export function feedbackRequestDue(app: Application, input: NudgeInput, facts: Facts): boolean {
  const kind = input.settings.kinds['feedback-request'];
  if (!kind.enabled || app.stage !== 'rejected') return false;
  const debrief = facts.debriefOf(app.id);
  if (debrief && (debrief.status !== 'pending' || debrief.feedbackRequestedAt)) return false;
  const days = facts.daysSince(facts.rejectedAt(app));
  return days >= kind.threshold && days <= FEEDBACK_WINDOW_DAYS;
}

export const feedbackRequest: Rule = (input, facts) =>
  input.applications
    .filter((app) => feedbackRequestDue(app, input, facts))
    .map((app) => ({
      kind: 'feedback-request' as const,
      key: `feedback-request:${app.id}`,
      title: `Ask ${companyName(app)} for feedback?`,
      body: `${companyName(app)} said no ${daysAgo(facts.daysSince(facts.rejectedAt(app)))}. A short thank-you that asks what would have made the difference often brings something useful, and leaves a good impression. Your debrief drafts it for you.`,
      target: { view: 'debrief' as const, id: app.id },
      actionLabel: 'Open the debrief',
      priority: KIND_META['feedback-request'].priority,
    }));
