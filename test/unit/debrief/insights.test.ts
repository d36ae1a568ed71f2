import { describe, expect, it } from 'vitest';
import { debriefInsights } from '../../../src/core/debrief/insights';
import type { ActionItem, Debrief, ThemeId } from '../../../src/core/debrief/types';

let seq = 0;
function debrief(createdAt: number, themes: ThemeId[]): Debrief {
  seq += 1;
  return {
    id: `d${seq}`,
    applicationId: `a${seq}`,
    status: 'done',
    step: 'keep_going',
    contact: null,
    note: '',
    noteSentAt: null,
    reminderAt: null,
    feedback: '',
    reflection: '',
    themes,
    nextStep: '',
    createdAt,
    updatedAt: createdAt,
    completedAt: createdAt,
  };
}
function item(doneAt: number | null): ActionItem {
  seq += 1;
  return { id: `i${seq}`, debriefId: 'd', applicationId: 'a', theme: 'interview', text: 'x', dueAt: null, doneAt, createdAt: 1, updatedAt: 1 };
}

describe('debriefInsights', () => {
  it('counts themes over the last five debriefs with themes and says where effort could help', () => {
    const debriefs = [
      debrief(1, ['interview', 'interview']), // oldest: outside the window of five
      debrief(2, ['interview']),
      debrief(3, ['fit']),
      debrief(4, ['interview', 'close_call']),
      debrief(5, []), // no themes: not counted
      debrief(6, ['salary']),
      debrief(7, ['interview']),
    ];
    const insights = debriefInsights(debriefs, [item(null), item(10), item(null)]);
    expect(insights.considered).toBe(5);
    const count = (theme: ThemeId) => insights.themeCounts.find((c) => c.theme === theme)?.count;
    expect(count('interview')).toBe(3);
    expect(count('fit')).toBe(1);
    expect(count('close_call')).toBe(1);
    expect(count('competency')).toBe(0);
    expect(insights.openActions).toBe(2);
    expect(insights.doneActions).toBe(1);
    expect(insights.suggestions).toEqual([
      '3 of your last 5 mention interview technique: a practice session could help most.',
    ]);
  });

  it('a repeated close call is encouragement', () => {
    const insights = debriefInsights([debrief(1, ['close_call']), debrief(2, ['close_call', 'fit'])], []);
    expect(insights.suggestions).toEqual([
      '2 of your last 2 were close calls: you keep getting close; keep applying, the next one may well be yours.',
    ]);
  });

  it('nothing repeats yet: counts but no suggestion', () => {
    const insights = debriefInsights([debrief(1, ['salary']), debrief(2, ['fit'])], []);
    expect(insights.suggestions).toEqual([]);
    expect(insights.considered).toBe(2);
  });

  it('no debriefs at all', () => {
    const insights = debriefInsights([], []);
    expect(insights.considered).toBe(0);
    expect(insights.themeCounts.every((c) => c.count === 0)).toBe(true);
    expect(insights.openActions + insights.doneActions).toBe(0);
  });

  it('honours a custom window', () => {
    const insights = debriefInsights([debrief(1, ['fit']), debrief(2, ['fit']), debrief(3, ['salary'])], [], 2);
    expect(insights.considered).toBe(2);
    expect(insights.suggestions).toEqual([]);
  });
});
