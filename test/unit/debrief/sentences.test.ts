/**
 * Every sentence the debrief's templates produce for the project's feedback samples, against a
 * reviewed golden file (sentences.golden.txt: read it when it changes). `UPDATE_GOLDEN=1` rewrites
 * it. The rejection emails in ../shared/emails (third-party, never copied here) are run through the
 * same templates and checked against the rules a reviewer would apply.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeActions } from '../../../src/core/debrief/actions';
import { suggestThemes } from '../../../src/core/debrief/themes';

const GOLDEN = path.join(import.meta.dirname, 'sentences.golden.txt');
const EMAILS = path.resolve('../shared/emails');

/** Feedback the way hiring managers write it (our own words). */
const SAMPLES = [
  'Thanks for your time. Unfortunately the panel felt you lacked depth on scaling data pipelines; we hope you apply again.',
  'It was a really difficult decision. We went with a more experienced candidate.',
  'Hi Ana, we did not see much Kubernetes on your resume, and the role needs it from day one.',
  'The interviewers felt your answers in the technical interview were hard to follow, and you seemed nervous.',
  'We were looking for stronger stakeholder management skills for this position.',
  'We have decided to move forward with candidates whose experience more closely matches our needs.',
  'Our budget for the role was lower than your salary expectations.',
  'We felt the team culture might not be the right fit at this time.',
];

function sentencesFor(feedback: string): string[] {
  const { suggestions } = suggestThemes(feedback, '');
  const lines: string[] = [`# ${feedback}`];
  for (const suggestion of suggestions) {
    const reason = (suggestion.clauses ?? suggestion.matched).slice(0, 2).map((c) => `“${c}”`).join(' and ');
    if (reason) lines.push(`[${suggestion.theme}] Because the feedback says ${reason}.`);
    for (const action of proposeActions(suggestion.theme, { text: feedback, company: 'Acme', role: 'Data Engineer' })) {
      lines.push(`[${suggestion.theme}] ${action}`);
    }
  }
  return lines;
}

/** What a reviewer checks in any generated sentence. */
function problems(line: string): string[] {
  const found: string[] = [];
  if (/\buses (depth|experience|exposure|knowledge|familiarity)\b/i.test(line)) found.push('“uses depth/experience…”');
  if (/\b(training|class) in (depth|experience|exposure)\b/i.test(line)) found.push('“training in depth…”');
  if (/\b(on|around|in) (on|in|with|of|to)\b/i.test(line)) found.push('doubled preposition');
  const quotes = [...line.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);
  for (const quote of quotes) if (quote.split(/\s+/).length < 3) found.push(`a reason quoting only “${quote}”`);
  return found;
}

describe('the debrief’s sentences', () => {
  it('match the reviewed golden file', () => {
    const text = `${SAMPLES.flatMap(sentencesFor).join('\n')}\n`;
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, text);
    expect(text).toBe(fs.readFileSync(GOLDEN, 'utf8'));
    expect(text.split('\n').flatMap(problems)).toEqual([]);
  });

  it('read naturally for the rejection emails in ../shared/emails', () => {
    if (!fs.existsSync(EMAILS)) {
      console.log('../shared/emails is not here: only the project’s own samples were checked.');
      return;
    }
    const files = fs.readdirSync(EMAILS).filter((f) => /rejection/.test(f) && f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(3);
    const bad = files.flatMap((f) => sentencesFor(fs.readFileSync(path.join(EMAILS, f), 'utf8')).slice(1).flatMap((line) => problems(line).map((p) => `${f}: ${p}`)));
    expect(bad).toEqual([]);
  });
});
