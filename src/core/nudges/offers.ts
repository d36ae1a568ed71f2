/** Two or more offers at once: one offer can help negotiate with the company the user prefers. */
import { KIND_META } from './kinds';
import type { Rule } from './rule';
import { listNames } from './words';

export const offers: Rule = (input) => {
  const open = input.applications.filter((a) => a.stage === 'offer').sort((a, b) => a.id.localeCompare(b.id));
  if (open.length < input.settings.kinds.offers.threshold) return [];
  return [
    {
      kind: 'offers',
      // A new offer makes a new nudge; the same set of offers is not repeated within the cool-down.
      key: `offers:${open.map((a) => a.id).join(',')}`,
      title: `${open.length} offers on the table`,
      body: `Congratulations: ${listNames(open, 4)} made you offers. If you prefer one company, telling them about another offer can help you negotiate. It's normal and expected.`,
      target: { view: 'list', filter: { stage: 'offer' } },
      actionLabel: 'See your offers',
      priority: KIND_META.offers.priority,
    },
  ];
};
