/**
 * Concrete next actions per theme. Where the feedback names a skill ("more experience with
 * Kubernetes"), the action names it too: "rewrite the resume to bring Kubernetes forward" is
 * something one can do on a Tuesday evening; "improve your resume" is not.
 */
import { plainReading } from './plain-text';
import type { ThemeId } from './types';

export interface ActionContext {
  /** Feedback and/or reflection text the skill is read from. */
  text: string;
  company: string;
  role: string;
}

/** Words that follow "experience with" but are not a skill. */
const NOT_A_SKILL = new Set([
  'us',
  'the team',
  'our team',
  'you',
  'your',
  'this',
  'that',
  'it',
  'them',
  'the role',
  'this role',
  'the process',
  'the position',
]);

const SKILL_PATTERNS: RegExp[] = [
  // "didn't see much Kubernetes on your resume", "could not find evidence of SQL in your CV"
  /\b(?:did ?n[o']?t|did not|could ?n[o']?t|could not) (?:see|find) (?:much |enough |any |clear |strong )?(?:evidence of |experience (?:with|in) |mention of )?(.{2,50}?) (?:on|in) (?:your|the) (?:resume|résumé|cv|application|portfolio)\b/i,
  // "more experience with Kubernetes", "hands-on experience in data modelling"
  /\b(?:more|deeper|stronger|enough|hands-on|practical|direct|proven|commercial) (?:experience|background|expertise|knowledge|exposure|depth|familiarity|skills?) (?:with|in|of|on|to|using|around) (.{2,50}?)(?=[.,;:!?)\n]| and | but | for | which | who |$)/i,
  // "lack of stakeholder management experience", "lacked SQL skills"
  /\b(?:lack of|lacked|lacking|missing|gap in|gaps in) (?:any |some |enough |much )?(.{2,50}?)(?: experience| skills?| knowledge| expertise)?(?=[.,;:!?)\n]| and | but | for | which |$)/i,
  // "stronger SQL skills", "more leadership experience"
  /\b(?:stronger|more|deeper) ([A-Za-z][\w+#./ -]{1,40}?) (?:skills|experience|expertise|knowledge)\b/i,
];

function cleanSkill(raw: string): string | null {
  const skill = raw
    .replace(/^(?:a|an|the|some|any|more|your|their)\s+/i, '')
    // "depth on scaling data pipelines", "exposure to React": the skill is what follows.
    .replace(/^(?:(?:real|enough|sufficient|much|deep|deeper)\s+)?(?:depth|experience|exposure|familiarity|knowledge|expertise|background|grounding|skills?)\s+(?:on|in|with|of|to|around|using)\s+/i, '')
    .replace(/\s+(?:experience|skills?|knowledge|expertise)$/i, '')
    .replace(/["“”'‘’]/g, '')
    .trim();
  if (skill.length < 2 || skill.length > 40) return null;
  if (skill.split(/\s+/).length > 5) return null;
  if (NOT_A_SKILL.has(skill.toLowerCase())) return null;
  return skill;
}

/** The skill the text names, if one can be read with confidence; else null. */
export function extractSkill(text: string): string | null {
  const plain = plainReading(text);
  for (const pattern of SKILL_PATTERNS) {
    const match = pattern.exec(plain);
    const skill = match?.[1] ? cleanSkill(match[1]) : null;
    if (skill) return skill;
  }
  return null;
}

/** What the page says a theme's actions are for, so the list reads as a plan, not a verdict. */
export function proposeActions(theme: ThemeId, context: ActionContext): string[] {
  const skill = extractSkill(context.text);
  const company = context.company.trim() || 'the company';
  const role = context.role.trim() || 'this kind of role';
  switch (theme) {
    case 'close_call':
      return [
        `Write down what went well in the ${company} process: it got you to the final stretch.`,
        `Ask ${company} to keep you in mind for future openings.`,
        'Apply to two similar roles this week while the practice is fresh.',
      ];
    case 'interview':
      return [
        'Practise interviews with someone: one mock interview with a friend, mentor or career coach.',
        'Write three short stories from your work (situation, what you did, the result) to draw on.',
        'Record yourself answering two common questions and listen back once.',
      ];
    case 'resume_skill':
      return [
        skill
          ? `Rewrite your resume to bring ${skill} forward: name it in your summary and in the first bullet of your most relevant role.`
          : 'Rewrite your resume to bring the skill they asked about forward: name it in your summary and in your most relevant role.',
        `Ask a friend to read your resume for two minutes and say what skills they noticed for ${role}.`,
      ];
    case 'competency':
      return [
        skill
          ? `Find a class or training on ${skill}, and put the first session in your calendar.`
          : 'Find a class or training for the skill the role needed, and put the first session in your calendar.',
        skill
          ? `Build a small project around ${skill}, so you can point to it next time.`
          : 'Build a small project that shows the skill, so you can point to it next time.',
      ];
    case 'fit':
      return [
        'Write down what kind of team and role suits you best, and check the next postings against it.',
        'In your next first call, ask how the team works day to day.',
      ];
    case 'salary':
      return [
        `Look up the usual pay range for ${role} in your area.`,
        'Decide your target number and the lowest you would accept, before the next first call.',
      ];
    case 'other':
      return ['Write down one thing you would keep and one you would try differently next time.'];
  }
}
