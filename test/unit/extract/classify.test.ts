import { describe, expect, it } from 'vitest';
import { classifyPage, isHidden } from '../../../src/core/extract/classify';
import { fixture, html } from './load';

describe('classifyPage', () => {
  it('calls a page with one JSON-LD JobPosting a posting', () => {
    expect(classifyPage(fixture('jsonld-graph.html'), 'https://northwind.example/jobs/42')).toBe('posting');
  });

  it('calls a plain job page a posting from its labels, sections and apply button', () => {
    expect(classifyPage(fixture('plain-title-at.html'), 'https://widget.example/jobs/data-analyst')).toBe('posting');
  });

  it('calls a careers page with many job links a listing', () => {
    expect(classifyPage(fixture('listing-careers.html'), 'https://tailspin.example/careers')).toBe('listing');
  });

  it('calls an article about hiring other, even with job words in it', () => {
    expect(classifyPage(fixture('article-hiring.html'), 'https://news.example/2024/hiring')).toBe('other');
  });

  it('ignores success messages that are hidden in the markup', () => {
    const kind = classifyPage(fixture('confirmation-hidden.html'), 'https://cafe.breezy.hr/p/abc123def-barista');
    expect(kind).not.toBe('confirmation');
    expect(kind).toBe('application');
  });

  it('accepts a visible success container as a confirmation', () => {
    expect(classifyPage(fixture('confirmation-visible.html'), 'https://cafe.breezy.hr/p/abc123def-barista')).toBe('confirmation');
  });

  it('honours computed style when one is given', () => {
    const doc = fixture('confirmation-visible.html');
    const getStyle = (el: Element) => ({ display: el.classList.contains('confirmation-container') ? 'none' : 'block', visibility: 'visible' });
    expect(classifyPage(doc, 'https://cafe.breezy.hr/p/abc123def-barista', { getComputedStyle: getStyle })).not.toBe('confirmation');
  });

  it.each([
    ['https://job-boards.greenhouse.io/acme/jobs/123/confirmation', 'confirmation'],
    ['https://jobs.lever.co/acme/3f2b8c1e-1111-4a5b-9c0d-222233334444/thanks', 'confirmation'],
    ['https://apply.workable.com/acme/j/20E78CBA92/apply/?success', 'confirmation'],
    ['https://smartapply.indeed.com/beta/indeedapply/form/post-apply', 'confirmation'],
    ['https://jobs.jobvite.com/acme/job/oAbc123x/applyConfirmation', 'confirmation'],
    ['https://job-boards.greenhouse.io/embed/job_board?for=acme', 'listing'],
    ['https://jobs.lever.co/acme', 'listing'],
    ['https://www.indeed.com/jobs?q=python&vjk=676599852a737304', 'listing'],
    ['https://www.linkedin.com/company/contoso/', 'other'],
    ['https://www.linkedin.com/pulse/some-article', 'other'],
    ['https://jobs.lever.co/acme/3f2b8c1e-1111-4a5b-9c0d-222233334444/apply', 'application'],
    ['https://acme.teamtailor.com/jobs/123-chef/applications/new', 'application'],
  ])('%s → %s from its route', (url, kind) => {
    expect(classifyPage(html('<h1>Something</h1>'), url)).toBe(kind);
  });

  it('does not trust a success heading on an unknown site without a confirmation route', () => {
    const doc = html('<h1>Thank you for applying</h1><p>Some article text.</p>');
    expect(classifyPage(doc, 'https://blog.example/posts/1')).not.toBe('confirmation');
    expect(classifyPage(doc, 'https://careers.example/apply/thank-you')).toBe('confirmation');
  });

  it('does not read a job title in the address as a confirmation route', () => {
    const doc = html('<h1>Thank you for applying</h1><p>Some article text.</p>');
    expect(classifyPage(doc, 'https://careers.example/jobs/applied-scientist')).not.toBe('confirmation');
    expect(classifyPage(doc, 'https://careers.example/jobs/customer-success-manager')).not.toBe('confirmation');
    expect(classifyPage(doc, 'https://careers.example/jobs/applied-scientist/submitted')).toBe('confirmation');
  });
});

describe('isHidden', () => {
  const doc = html(`
    <div id="a" hidden><p id="a1">x</p></div>
    <div aria-hidden="true"><p id="b1">x</p></div>
    <div style="display: none"><p id="c1">x</p></div>
    <div style="visibility:hidden"><p id="d1">x</p></div>
    <div class="sr-only"><p id="e1">x</p></div>
    <div class="d-none"><p id="f1">x</p></div>
    <noscript><p id="g1">x</p></noscript>
    <div class="shown"><p id="ok">x</p></div>`);
  it.each(['a1', 'b1', 'c1', 'd1', 'e1', 'f1'])('hides #%s', (id) => {
    expect(isHidden(doc.getElementById(id)!)).toBe(true);
  });
  it('keeps a plain element visible', () => {
    expect(isHidden(doc.getElementById('ok')!)).toBe(false);
  });
});
