/** A rejection not debriefed yet: a few minutes turn it into something the user can use. */
import { feedbackRequestDue } from './feedback-request';
import { KIND_META } from './kinds';
import type { Rule } from './rule';
import { appLabel, companyName } from './words';

/** Older rejections (e.g. from an import) are left in peace. */
export const DEBRIEF_WINDOW_DAYS = 30;

export const debrief: Rule = (input, facts) =>
  input.applications
    .filter((app) => {
      if (app.stage !== 'rejected') return false;
      const status = facts.debriefOf(app.id)?.status ?? 'pending';
      if (status !== 'pending') return false;
      // The feedback nudge leads to the same debrief: one nudge per rejection at a time.
      if (feedbackRequestDue(app, input, facts)) return false;
      const days = facts.daysSince(facts.rejectedAt(app));
      return days >= input.settings.kinds.debrief.threshold && days <= DEBRIEF_WINDOW_DAYS;
    })
    .map((app) => ({
      kind: 'debrief' as const,
      key: `debrief:${app.id}`,
      title: `A few minutes for your ${companyName(app)} debrief?`,
      body: `Hearing no from ${appLabel(app)} is hard, and feeling low for a while is fine. When you're ready, a short debrief turns it into something you can use.`,
      target: { view: 'debrief' as const, id: app.id },
      actionLabel: 'Open the debrief',
      priority: KIND_META.debrief.priority,
    }));
