/** Applications that have heard nothing for weeks: offer to mark them "no response", all at once. */
import { KIND_META } from './kinds';
import type { Rule } from './rule';
import { count, listNames } from './words';

/** Stages where silence means no answer yet (an interview or an offer is an answer). */
const AWAITING_ANSWER = new Set(['applied', 'screening']);

export const silence: Rule = (input, facts) => {
  const days = input.settings.kinds.silence.threshold;
  const quiet = input.applications
    .filter((app) => AWAITING_ANSWER.has(app.stage) && facts.daysSince(facts.lastMovedAt(app)) >= days)
    .sort((a, b) => facts.lastMovedAt(a) - facts.lastMovedAt(b));
  if (quiet.length === 0) return [];
  const one = quiet.length === 1;
  return [
    {
      kind: 'silence',
      key: 'silence',
      title: one ? `No reply from ${listNames(quiet)} in ${days}+ days` : `${count(quiet.length, 'application')} have gone quiet`,
      body: `${listNames(quiet)} ${one ? "hasn't" : "haven't"} replied in ${days} days or more. Marking ${one ? 'it' : 'them'} "no response" clears your view; you can move ${one ? 'it' : 'one'} back any time if they write.`,
      target: { view: 'list', filter: { ids: quiet.map((a) => a.id) } },
      actionLabel: one ? 'Review it' : 'Review them',
      priority: KIND_META.silence.priority,
    },
  ];
};
