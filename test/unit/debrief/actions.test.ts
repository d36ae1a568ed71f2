import { describe, expect, it } from 'vitest';
import { extractSkill, proposeActions } from '../../../src/core/debrief/actions';
import { THEME_IDS } from '../../../src/core/debrief/types';

const context = (text: string) => ({ text, company: 'Acme', role: 'Data Engineer' });

describe('extractSkill', () => {
  it.each([
    ["We didn't see much Kubernetes on your resume.", 'Kubernetes'],
    ['We were looking for more experience with stakeholder management, and', 'stakeholder management'],
    ['The main gap was a lack of SQL experience.', 'SQL'],
    ['We needed someone with stronger data modelling skills.', 'data modelling'],
    ['<p>We could not find evidence of <b>Terraform</b> in your CV</p>', 'Terraform'],
  ])('reads the skill from %j', (text, skill) => {
    expect(extractSkill(text)).toBe(skill);
  });

  it('returns null when no skill is named', () => {
    expect(extractSkill('We went with another candidate. Best of luck!')).toBeNull();
    expect(extractSkill('')).toBeNull();
  });
});

describe('proposeActions', () => {
  it('proposes at least one concrete action for every theme', () => {
    for (const theme of THEME_IDS) expect(proposeActions(theme, context('')).length).toBeGreaterThan(0);
  });

  it('interview: practise with someone', () => {
    expect(proposeActions('interview', context('You seemed nervous'))[0]).toMatch(/^Practise interviews with someone/);
  });

  it('resume: names the skill to bring forward', () => {
    const [first] = proposeActions('resume_skill', context("We didn't see much Kubernetes on your resume."));
    expect(first).toMatch(/^Rewrite your resume to bring Kubernetes forward/);
  });

  it('resume: still concrete when no skill is named', () => {
    const [first] = proposeActions('resume_skill', context('Your resume did not show it.'));
    expect(first).toMatch(/bring the skill they asked about forward/);
  });

  it('competency: a class or training on the named skill', () => {
    expect(proposeActions('competency', context('There was a lack of SQL experience.'))[0]).toBe(
      'Find a class or training on SQL, and put the first session in your calendar.',
    );
  });

  it('reads the skill out of “depth on …” and “exposure to …”, so the sentences read naturally', () => {
    expect(proposeActions('competency', context('You lacked depth on scaling data pipelines.'))).toEqual([
      'Find a class or training on scaling data pipelines, and put the first session in your calendar.',
      'Build a small project around scaling data pipelines, so you can point to it next time.',
    ]);
    expect(proposeActions('competency', context('We needed more exposure to React.'))[1]).toBe(
      'Build a small project around React, so you can point to it next time.',
    );
  });

  it('close call and salary use the company and role', () => {
    expect(proposeActions('close_call', context('')).join(' ')).toContain('Acme');
    expect(proposeActions('salary', context(''))[0]).toContain('Data Engineer');
    expect(proposeActions('close_call', { text: '', company: '', role: '' }).join(' ')).toContain('the company');
  });
});
