/**
 * Theme suggestion by transparent rules. The table below is the whole logic: each theme lists
 * phrases (or, where a phrase cannot say it, a pattern with a readable label) and a weight. A theme
 * is suggested when the weights of what matched reach SUGGEST_AT; the matched words are returned so
 * the page can show "why this theme was suggested". The user always has the last word.
 */
import { plainReading } from './plain-text';
import type { ThemeId } from './types';

export interface ThemeRule {
  /** A phrase, matched case-insensitively on word boundaries ("culture fit"). */
  phrase?: string;
  /** Or a pattern, for what a phrase cannot say ("didn't see … on your resume"). */
  pattern?: RegExp;
  /** 3: says it outright; 2: strongly hints; 1: only counts together with something else. */
  weight: 1 | 2 | 3;
}

export interface ThemeDefinition {
  id: ThemeId;
  label: string;
  /** One line shown beside the theme: what it means, without blame. */
  meaning: string;
  rules: ThemeRule[];
}

export const SUGGEST_AT = 2;

export const THEMES: readonly ThemeDefinition[] = [
  {
    id: 'close_call',
    label: 'Close call: a stronger candidate',
    meaning: 'You were in the running and someone else edged it. That is a real sign you are close.',
    rules: [
      { phrase: 'close call', weight: 3 },
      { phrase: 'very close', weight: 3 },
      { phrase: 'difficult decision', weight: 3 },
      { phrase: 'tough decision', weight: 3 },
      { phrase: 'hard decision', weight: 3 },
      { phrase: 'final two', weight: 3 },
      { phrase: 'final candidates', weight: 3 },
      { phrase: 'runner-up', weight: 3 },
      { phrase: 'narrowly', weight: 3 },
      { phrase: 'came down to', weight: 2 },
      { phrase: 'stronger candidate', weight: 2 },
      { phrase: 'more experienced candidate', weight: 2 },
      { phrase: 'another candidate', weight: 1 },
      { phrase: 'other candidate', weight: 1 },
      { phrase: 'strong candidate', weight: 2 },
      { phrase: 'strong field', weight: 2 },
      { phrase: 'impressed', weight: 2 },
      { phrase: 'future openings', weight: 1 },
      { phrase: 'keep your details', weight: 1 },
      { pattern: /\b(?:many|lots of|a large number of|so many) (?:strong|excellent|qualified|talented) (?:candidates|applicants)\b/i, weight: 2 },
    ],
  },
  {
    id: 'interview',
    label: 'Interview technique or confidence',
    meaning: 'How the conversation went. A skill like any other: it grows with practice.',
    rules: [
      { phrase: 'nervous', weight: 3 },
      { phrase: 'confidence', weight: 3 },
      { phrase: 'confident', weight: 2 },
      { phrase: 'structure your answers', weight: 3 },
      { phrase: 'structured answers', weight: 3 },
      { phrase: 'more specific examples', weight: 3 },
      { phrase: 'concrete examples', weight: 2 },
      { phrase: 'communication', weight: 2 },
      { phrase: 'articulate', weight: 2 },
      { phrase: 'came across', weight: 2 },
      { phrase: 'rambling', weight: 3 },
      { phrase: 'too long', weight: 1 },
      { phrase: 'presentation', weight: 1 },
      { phrase: 'whiteboard', weight: 2 },
      { phrase: 'coding exercise', weight: 2 },
      { phrase: 'case study', weight: 1 },
      { phrase: 'interview performance', weight: 3 },
      { phrase: 'in the interview', weight: 1 },
      { phrase: 'during the interview', weight: 1 },
      { phrase: 'interview', weight: 1 },
      { phrase: 'STAR', weight: 2 },
      { pattern: /\b(?:answers?|responses?) (?:were|was|felt|seemed) (?:a bit |somewhat |quite )?(?:vague|general|unclear|short|brief|generic)\b/i, weight: 3 },
    ],
  },
  {
    id: 'resume_skill',
    label: 'The resume did not show a skill',
    meaning: 'You may well have the skill; the resume just did not bring it forward.',
    rules: [
      { pattern: /\b(?:did ?n[o']?t|did not|could ?n[o']?t|could not|was ?n[o']?t able to|were ?n[o']?t able to) (?:see|find)\b[^.\n]{0,80}\b(?:resume|résumé|cv|application|portfolio)\b/i, weight: 3 },
      { pattern: /\b(?:was ?n[o']?t|was not|not) (?:clear|obvious|evident|apparent) from your (?:resume|résumé|cv|application|profile|portfolio)\b/i, weight: 3 },
      { pattern: /\byour (?:resume|résumé|cv) (?:did ?n[o']?t|did not|does ?n[o']?t|does not) (?:show|highlight|mention|reflect|demonstrate)\b/i, weight: 3 },
      { phrase: 'on your resume', weight: 2 },
      { phrase: 'on your CV', weight: 2 },
      { phrase: 'in your resume', weight: 2 },
      { phrase: 'in your CV', weight: 2 },
      { phrase: 'resume', weight: 1 },
      { phrase: 'CV', weight: 1 },
      { phrase: 'highlight', weight: 1 },
      { phrase: 'demonstrate', weight: 1 },
    ],
  },
  {
    id: 'competency',
    label: 'A core skill to build',
    meaning: 'A skill the role needs that is worth building: a class, a project or practice gets you there.',
    rules: [
      { phrase: 'lack of', weight: 2 },
      { phrase: 'lacked', weight: 2 },
      { phrase: 'not enough experience', weight: 3 },
      { phrase: 'more experience', weight: 2 },
      { phrase: 'deeper experience', weight: 3 },
      { phrase: 'hands-on experience', weight: 2 },
      { phrase: 'years of experience', weight: 2 },
      { phrase: 'core competency', weight: 3 },
      { phrase: 'core skill', weight: 3 },
      { phrase: 'must-have', weight: 2 },
      { phrase: 'requirement', weight: 2 },
      { phrase: 'required', weight: 1 },
      { phrase: 'technical skills', weight: 2 },
      { phrase: 'skill gap', weight: 3 },
      { pattern: /\b(?:gap|gaps) in (?:your )?[a-z]/i, weight: 2 },
      { pattern: /\b(?:stronger|deeper|more) (?:skills?|background|knowledge|expertise) in\b/i, weight: 3 },
    ],
  },
  {
    id: 'fit',
    label: 'Culture or role fit',
    meaning: 'About the match between you and this team or role, not about your worth.',
    rules: [
      { phrase: 'culture fit', weight: 3 },
      { phrase: 'cultural fit', weight: 3 },
      { phrase: 'team fit', weight: 3 },
      { phrase: 'better fit', weight: 2 },
      { phrase: 'right fit', weight: 3 },
      { phrase: 'good fit', weight: 2 },
      { phrase: 'fit for the role', weight: 3 },
      { phrase: 'fit for the team', weight: 3 },
      { phrase: 'different direction', weight: 2 },
      { phrase: 'different profile', weight: 2 },
      { phrase: 'alignment', weight: 2 },
      { phrase: 'values', weight: 1 },
      { phrase: 'more senior', weight: 2 },
      { phrase: 'more junior', weight: 2 },
      { phrase: 'overqualified', weight: 3 },
      { phrase: 'role has changed', weight: 3 },
      { phrase: 'position has been filled internally', weight: 3 },
      { phrase: 'internal candidate', weight: 3 },
    ],
  },
  {
    id: 'salary',
    label: 'Salary',
    meaning: 'The numbers did not meet in the middle; often a question of budget, not of you.',
    rules: [
      { phrase: 'salary', weight: 3 },
      { phrase: 'compensation', weight: 3 },
      { phrase: 'budget', weight: 2 },
      { phrase: 'pay range', weight: 3 },
      { phrase: 'salary expectations', weight: 3 },
      { phrase: 'expectations', weight: 1 },
      { phrase: 'above our range', weight: 3 },
      { phrase: 'outside our range', weight: 3 },
      { phrase: 'rate', weight: 1 },
    ],
  },
  {
    id: 'other',
    label: 'Something else',
    meaning: 'Anything the other themes do not cover: a hiring freeze, timing, a changed plan.',
    rules: [
      { phrase: 'hiring freeze', weight: 3 },
      { phrase: 'on hold', weight: 3 },
      { phrase: 'budget cuts', weight: 2 },
      { phrase: 'restructuring', weight: 3 },
      { phrase: 'timing', weight: 2 },
      { phrase: 'cancelled', weight: 2 },
      { phrase: 'no longer hiring', weight: 3 },
    ],
  },
];

export function themeById(id: ThemeId): ThemeDefinition {
  const found = THEMES.find((theme) => theme.id === id);
  if (!found) throw new Error(`Unknown theme ${id}`);
  return found;
}

export function themeLabel(id: ThemeId): string {
  return themeById(id).label;
}

export interface ThemeSuggestion {
  theme: ThemeId;
  score: number;
  /** The words in the text that matched, as they were written, in reading order, without repeats. */
  matched: string[];
  /**
   * The clause around each match, as written ("we went with someone with more SQL"): what a reason
   * quotes, since one word ("lacked") says nothing on its own.
   */
  clauses?: string[];
}

export interface SuggestionResult {
  /** What the suggestion was read from. */
  source: 'feedback' | 'reflection' | 'none';
  suggestions: ThemeSuggestion[];
  /** A gentle line for the page when there is nothing to read or nothing matched. */
  prompt: string | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a regex: case-insensitive, whole words, any run of spaces or hyphens between words. */
function phraseRegExp(phrase: string): RegExp {
  const words = phrase.trim().split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+');
  // A short all-capitals phrase (STAR, CV) is an acronym: match its case exactly so "star" or "cv" inside words do not count.
  const acronym = /^[A-Z]{2,5}$/.test(phrase);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

function ruleRegExp(rule: ThemeRule): RegExp | null {
  if (rule.pattern) {
    const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
    return new RegExp(rule.pattern.source, flags);
  }
  return rule.phrase ? phraseRegExp(rule.phrase) : null;
}

interface Span {
  at: number;
  end: number;
}

/** "very close" and "close call" in "very close call" are shown as the one phrase the user wrote. */
/** Longest clause quoted whole; a longer one is cut around the match with an ellipsis. */
const CLAUSE_MAX = 140;

/** The clause of `text` around `span`: from the last . ; : ! ? or line break before it to the next. */
export function clauseAround(text: string, span: Span): string {
  const before = text.slice(0, span.at);
  const startMatch = /[.;:!?\n][^.;:!?\n]*$/.exec(before);
  let start = startMatch ? startMatch.index + 1 : 0;
  const after = /[.;:!?\n]/.exec(text.slice(span.end));
  let end = after ? span.end + after.index : text.length;
  // A greeting run into the first sentence ("Hi Sam, it was a close call") is not part of the reason.
  let clause = text.slice(start, end).replace(/\s+/g, ' ').trim().replace(/^(?:hi|hello|hey|dear)\b[^,]{0,30},\s*/i, '');
  if (clause.length > CLAUSE_MAX) {
    // Keep the words around the match: a few before, the rest after, cut at word boundaries.
    start = Math.max(start, span.at - 30);
    end = Math.min(end, start + CLAUSE_MAX);
    const cut = text.slice(start, end).replace(/\s+/g, ' ');
    clause = `${start > 0 ? '…' : ''}${cut.replace(/^\S*\s/, '').replace(/\s\S*$/, '')}…`;
  }
  return clause;
}

function mergeOverlaps(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.at - b.at)) {
    const last = merged[merged.length - 1];
    if (last && span.at < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Score one text against the rules. Overlapping rules count once per theme for the same words:
 * "stronger candidate" does not also score "candidate" twice, and a theme's score is the sum of the
 * distinct rules that matched (each rule counts once, however often it appears).
 */
export function scoreThemes(text: string, themes: readonly ThemeDefinition[] = THEMES): ThemeSuggestion[] {
  const plain = plainReading(text);
  if (!plain) return [];
  const results: ThemeSuggestion[] = [];
  for (const theme of themes) {
    let score = 0;
    const hits: Span[] = [];
    for (const rule of theme.rules) {
      const regex = ruleRegExp(rule);
      if (!regex) continue;
      let matchedThisRule = false;
      for (const match of plain.matchAll(regex)) {
        const at = match.index ?? 0;
        const end = at + match[0].length;
        // Words already inside a longer match of this theme add nothing ("interview" in "in the interview").
        if (hits.some((hit) => at >= hit.at && end <= hit.end)) continue;
        hits.push({ at, end });
        matchedThisRule = true;
      }
      if (matchedThisRule) score += rule.weight;
    }
    if (score === 0) continue;
    const spans = mergeOverlaps(hits);
    const matched = [...new Set(spans.map((span) => plain.slice(span.at, span.end).replace(/\s+/g, ' ')))];
    const clauses = [...new Set(spans.map((span) => clauseAround(plain, span)))];
    results.push({ theme: theme.id, score, matched, clauses });
  }
  return results.sort((a, b) => b.score - a.score);
}

export const NO_TEXT_PROMPT =
  'No feedback yet, and that is very common. When it comes, paste it here. Or, in your own words, jot down how you think it went: it is just for you.';
export const NOTHING_MATCHED_PROMPT =
  'Nothing here matched a theme we know. Pick the ones that feel right to you, or leave it as it is.';

/**
 * Suggest themes for a debrief: from the feedback when there is some, else from the user's own
 * reflection, else none (and a gentle prompt). When text exists but no theme reaches the bar,
 * "Something else" is offered so the user is never left with an empty page.
 */
export function suggestThemes(
  feedback: string,
  reflection = '',
  themes: readonly ThemeDefinition[] = THEMES,
): SuggestionResult {
  const fromFeedback = plainReading(feedback) !== '';
  const fromReflection = !fromFeedback && plainReading(reflection) !== '';
  if (!fromFeedback && !fromReflection) return { source: 'none', suggestions: [], prompt: NO_TEXT_PROMPT };
  const text = fromFeedback ? feedback : reflection;
  const suggestions = scoreThemes(text, themes).filter((s) => s.score >= SUGGEST_AT);
  const source = fromFeedback ? 'feedback' : 'reflection';
  if (suggestions.length === 0) {
    return { source, suggestions: [{ theme: 'other', score: 0, matched: [] }], prompt: NOTHING_MATCHED_PROMPT };
  }
  return { source, suggestions, prompt: null };
}

/** A close call is named as one: being a finalist is evidence, and worth saying out loud. */
export const CLOSE_CALL_MESSAGE =
  'They chose between strong people, and you were one of them. That is real evidence you are on the right track.';

export function isCloseCall(themes: readonly ThemeId[]): boolean {
  return themes.includes('close_call');
}
