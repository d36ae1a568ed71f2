/** Still "applied" some days after applying, with no follow-up logged: a short note is normal. */
import { KIND_META } from './kinds';
import type { Rule } from './rule';
import type { Nudge } from './types';
import { appLabel, companyName, count } from './words';

export const followUp: Rule = (input, facts) => {
  const { applications, settings } = input;
  const after = settings.kinds['follow-up'].threshold;
  // Past the silence threshold the silence nudge takes over: suggesting a follow-up then rings hollow.
  const silence = settings.kinds.silence;
  const nudges: Nudge[] = [];
  for (const app of applications) {
    if (app.stage !== 'applied' || app.appliedAt === null) continue;
    const days = facts.daysSince(app.appliedAt);
    if (days < after) continue;
    if (silence.enabled && days >= silence.threshold) continue;
    if (facts.followedUpSince(app.id, app.appliedAt)) continue;
    nudges.push({
      kind: 'follow-up',
      key: `follow-up:${app.id}`,
      title: `Follow up with ${companyName(app)}?`,
      body: `You applied to ${appLabel(app)} ${count(days, 'day')} ago and haven't heard back. A short, friendly note to ask where things stand is normal, and often gets a reply.`,
      target: { view: 'app', id: app.id },
      actionLabel: 'Open the application',
      priority: KIND_META['follow-up'].priority,
    });
  }
  return nudges;
};
