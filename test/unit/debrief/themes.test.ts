import { describe, expect, it } from 'vitest';
import {
  NO_TEXT_PROMPT,
  NOTHING_MATCHED_PROMPT,
  THEMES,
  isCloseCall,
  scoreThemes,
  suggestThemes,
  type ThemeDefinition,
} from '../../../src/core/debrief/themes';
import { plainReading } from '../../../src/core/debrief/plain-text';
import { THEME_IDS } from '../../../src/core/debrief/types';

const themesOf = (text: string, reflection = '') => suggestThemes(text, reflection).suggestions.map((s) => s.theme);

describe('suggestThemes', () => {
  it('names a close call and shows the words that made it one', () => {
    const result = suggestThemes(
      'Thank you for your patience. It was a really difficult decision; we went with a more experienced candidate.',
    );
    expect(result.source).toBe('feedback');
    const close = result.suggestions.find((s) => s.theme === 'close_call');
    expect(close?.matched).toEqual(['difficult decision', 'more experienced candidate']);
    expect(close?.score).toBe(5);
    expect(isCloseCall(result.suggestions.map((s) => s.theme))).toBe(true);
  });

  it('suggests interview technique from nerves and vague answers', () => {
    const result = suggestThemes('You seemed nervous in the interview and your answers were a bit vague.');
    expect(result.suggestions[0]?.theme).toBe('interview');
    expect(result.suggestions[0]?.matched).toEqual(['nervous', 'in the interview', 'answers were a bit vague']);
  });

  it('suggests the resume theme when the skill was not visible', () => {
    expect(themesOf("We didn't see much Kubernetes on your resume.")).toContain('resume_skill');
  });

  it('suggests a core skill to build', () => {
    expect(themesOf('The team needed deeper experience with distributed systems.')).toEqual(['competency']);
  });

  it('suggests fit and salary when they are said outright', () => {
    expect(themesOf('Honestly it came down to culture fit.')).toContain('fit');
    expect(themesOf('Your salary expectations were above our range.')).toEqual(['salary']);
  });

  it('finds several themes in one message, strongest first', () => {
    const ids = themesOf('A tough decision. Your compensation ask was above our budget, and we wanted more confidence in the technical interview.');
    expect(ids).toEqual(expect.arrayContaining(['close_call', 'salary', 'interview']));
    expect(ids).not.toContain('fit');
  });

  it('does not suggest from a weak hint alone: a polite "thanks for interviewing" is not a theme', () => {
    const result = suggestThemes('Thank you for taking the time to interview with us. We will not be moving forward.');
    expect(result.suggestions).toEqual([{ theme: 'other', score: 0, matched: [] }]);
    expect(result.prompt).toBe(NOTHING_MATCHED_PROMPT);
  });

  it('with no feedback and no reflection: no themes, and a gentle prompt', () => {
    const result = suggestThemes('', '   ');
    expect(result).toEqual({ source: 'none', suggestions: [], prompt: NO_TEXT_PROMPT });
  });

  it('falls back to the reflection when no feedback came', () => {
    const result = suggestThemes('', 'I think I was nervous and rambling in the second round.');
    expect(result.source).toBe('reflection');
    expect(result.suggestions.map((s) => s.theme)).toEqual(['interview']);
  });

  it('reads markup-like feedback as plain text: tags split nothing and are never reported as matches', () => {
    const pasted =
      '<div class="gmail_quote"><p>Hi,</p><p>It was a <b>very</b> <i>close</i> call &amp; the <span>final two</span> were both great.</p><script>alert(1)</script><img src=x onerror="steal()"></div>';
    const result = suggestThemes(pasted);
    const close = result.suggestions.find((s) => s.theme === 'close_call');
    // "very close" and "close call" overlap: shown as the one phrase that was written.
    expect(close?.matched).toEqual(['very close call', 'final two']);
    expect(close?.score).toBe(9);
    for (const suggestion of result.suggestions) {
      for (const words of suggestion.matched) expect(words).not.toMatch(/[<>]/);
    }
  });

  it('treats acronyms by case: "CV" counts, "cv" inside other words does not', () => {
    expect(scoreThemes('I updated my CV last week.').find((s) => s.theme === 'resume_skill')?.matched).toEqual(['CV']);
    expect(scoreThemes('Use the STAR method.').find((s) => s.theme === 'interview')?.matched).toEqual(['STAR']);
    expect(scoreThemes('She is a star performer with a cv-like record.')).toEqual([]);
  });

  it('quotes the clause a match sits in, not one word', () => {
    const [lacked] = suggestThemes('Thanks for your time. Unfortunately the panel felt you lacked depth on scaling data pipelines; we hope you apply again.', '').suggestions;
    expect(lacked!.clauses).toEqual(['Unfortunately the panel felt you lacked depth on scaling data pipelines']);
  });

  it('accepts an edited rule table', () => {
    const custom: ThemeDefinition[] = [{ id: 'other', label: 'Timing', meaning: '', rules: [{ phrase: 'next quarter', weight: 3 }] }];
    expect(suggestThemes('We will revisit next quarter.', '', custom).suggestions).toEqual([
      { theme: 'other', score: 3, matched: ['next quarter'], clauses: ['We will revisit next quarter'] },
    ]);
  });

  it('has one definition per theme, each with rules', () => {
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_IDS]);
    for (const theme of THEMES) expect(theme.rules.length).toBeGreaterThan(0);
  });
});

describe('plainReading', () => {
  it('drops tags, decodes entities and keeps line breaks', () => {
    expect(plainReading('<p>Hello&nbsp;there &lt;3</p>\n\n<p>It&#39;s   fine</p>')).toBe("Hello there <3\nIt's fine");
  });
});
