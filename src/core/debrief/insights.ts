/**
 * Patterns across debriefs: which themes keep coming back, how the action items are going, and where
 * effort could help most, said in plain words. Plain data in, plain data out.
 */
import { THEME_IDS, type ActionItem, type Debrief, type ThemeId } from './types';
import { themeById } from './themes';

export const DEFAULT_WINDOW = 5;

export interface ThemeCount {
  theme: ThemeId;
  label: string;
  count: number;
}

export interface Insights {
  /** How many debriefs with confirmed themes were looked at (at most the window). */
  considered: number;
  /** Every theme, in the table's order, with how many of those debriefs confirmed it. */
  themeCounts: ThemeCount[];
  openActions: number;
  doneActions: number;
  /** Plain-words suggestions, most repeated theme first; empty when nothing repeats yet. */
  suggestions: string[];
}

/** What a repeated theme suggests doing; a repeated close call is encouragement, not a fix. */
const WHERE_TO_PUT_EFFORT: Record<ThemeId, string> = {
  close_call: 'you keep getting close; keep applying, the next one may well be yours',
  interview: 'a practice session could help most',
  resume_skill: 'a resume rewrite that brings your skills forward could help most',
  competency: 'a class or a small project in that skill could help most',
  fit: 'being choosier about the roles you apply to could help most',
  salary: 'checking pay ranges before applying could save you time',
  other: 'it may be worth writing down what these had in common',
};

const THEME_PHRASES: Record<ThemeId, string> = {
  close_call: 'were close calls',
  interview: 'mention interview technique',
  resume_skill: 'mention a skill the resume did not show',
  competency: 'mention a core skill to build',
  fit: 'mention culture or role fit',
  salary: 'mention salary',
  other: 'mention something else',
};

/** When the rejection happened, for ordering: the debrief is created at that moment. */
const rejectedAt = (debrief: Debrief) => debrief.createdAt;

export function debriefInsights(
  debriefs: readonly Debrief[],
  actionItems: readonly ActionItem[],
  window = DEFAULT_WINDOW,
): Insights {
  const recent = debriefs
    .filter((d) => d.themes.length > 0)
    .sort((a, b) => rejectedAt(b) - rejectedAt(a))
    .slice(0, window);
  const themeCounts = THEME_IDS.map((theme) => ({
    theme,
    label: themeById(theme).label,
    count: recent.filter((d) => d.themes.includes(theme)).length,
  }));
  const doneActions = actionItems.filter((item) => item.doneAt !== null).length;
  const suggestions = themeCounts
    .filter((entry) => entry.count >= 2)
    .sort((a, b) => b.count - a.count)
    .map(
      (entry) =>
        `${entry.count} of your last ${recent.length} ${THEME_PHRASES[entry.theme]}: ${WHERE_TO_PUT_EFFORT[entry.theme]}.`,
    );
  return {
    considered: recent.length,
    themeCounts,
    openActions: actionItems.length - doneActions,
    doneActions,
    suggestions,
  };
}
