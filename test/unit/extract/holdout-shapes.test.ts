/**
 * Shapes found on real pages in the hold-out set (pages outside the evaluation corpus). Each fixture
 * is a small page written for the test, modelled on the markup those pages use (never a copy).
 */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/extract/classify';
import { detectPage } from '../../../src/core/extract/index';
import { html } from './load';

/** A startup board's job page: "Title at Company" heading with a batch badge, pin-icon pills,
 *  a few "other jobs" links, and a footer of job-category links like every page on the board. */
function boardPosting(footerLinks: string, otherJobs = ''): string {
  return `<html><head><title>Harbour Pilot at Tidewater | Startup Board</title>
  <meta property="og:title" content="Harbour Pilot at Tidewater | Startup Board"></head>
  <body><nav><a href="/">Startup Board</a><a href="/jobs">Jobs</a></nav>
  <div class="job-card"><h1>Harbour Pilot at <a href="/companies/tidewater">Tidewater</a><span class="badge">(W24)</span></h1>
    <div class="pills"><span class="pill"><svg aria-hidden="true" data-icon="location-dot" class="svg-inline--fa fa-location-dot"><path d=""></path></svg><span>PT / Remote (PT)</span></span>
    <span class="pill"><svg aria-hidden="true" data-icon="clock" class="svg-inline--fa fa-clock"></svg><span>Full-time</span></span></div>
    <a href="/signup?job=4711">Apply now</a></div>
  <div><span class="text-xl">About the role</span><div class="prose"><p>Guide ships into the harbour.</p>
    <h3>Responsibilities:</h3><ul><li>Plan crossings</li></ul><h3>Requirements:</h3><ul><li>Sea legs</li></ul></div></div>
  <section><h2>Other jobs at Tidewater</h2>${otherJobs}</section>
  <footer><h3>Jobs by role</h3>${footerLinks}</footer></body></html>`;
}

const CATEGORY_LINKS = ['deckhand', 'engineer', 'designer', 'captain', 'cook', 'sales', 'support', 'operations', 'marketing', 'finance']
  .map((role) => `<a href="/jobs/l/${role}">${role} jobs</a><a href="/jobs/lisbon/${role}">${role} jobs in Lisbon</a>`)
  .join('');
const OTHER_JOBS = '<a href="/jobs/4712">Deckhand</a><a href="/jobs/4713">Navigator</a>';
const URL = 'https://board.example/jobs/4711';

describe('job links in site chrome', () => {
  it('does not turn a posting into a list because the footer links to job categories', () => {
    expect(classifyPage(html(boardPosting(CATEGORY_LINKS, OTHER_JOBS)), URL)).toBe('posting');
  });

  it('still counts the same links as a list when they are the page content', () => {
    const doc = html(boardPosting('', `<ul>${CATEGORY_LINKS.replace(/<a /g, '<li><a ').replace(/<\/a>/g, '</a></li>')}</ul>`));
    expect(classifyPage(doc, URL)).toBe('listing');
  });

  it('counts links under a job card’s own header (an article header is content, not chrome)', () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<article><header><h3><a href="/jobs/${500 + i}">Deckhand ${i}</a></h3></header><p>Lisbon</p></article>`).join('');
    const doc = html(`<html><head><title>Jobs | Board</title></head><body><main>${cards}</main></body></html>`);
    expect(classifyPage(doc, 'https://board.example/jobs')).toBe('listing');
  });
});

describe('"Title at Company" headings', () => {
  it('splits the heading when the document title names the same title and company', () => {
    const { job } = detectPage(html(boardPosting(CATEGORY_LINKS, OTHER_JOBS)), URL);
    expect(job).toMatchObject({ title: 'Harbour Pilot', company: 'Tidewater' });
  });

  it('keeps a heading whole when the document title does not split into it', () => {
    const page = '<html><head><title>Engineer at Scale – Ocean Labs</title></head><body><h1>Engineer at Scale</h1><h2>Responsibilities</h2><h2>Requirements</h2></body></html>';
    const { job } = detectPage(html(page), 'https://oceanlabs.example/jobs/engineer-at-scale');
    expect(job?.title).toBe('Engineer at Scale');
  });
});

describe('location beside a pin icon', () => {
  it('reads the text next to an SVG pin icon (aria-hidden, as icons are)', () => {
    const { job } = detectPage(html(boardPosting(CATEGORY_LINKS, OTHER_JOBS)), URL);
    expect(job?.location).toBe('PT / Remote (PT)');
  });

  it('reads the text after an icon-font marker in a header line', () => {
    const page = `<html><head><title>Barista | Cafe Sol</title></head><body><div class="position-header"><h1>Barista</h1>
      <div class="type"><span class="label"> Full-Time in </span><i class="fa fa-map-marker"></i><span> Porto, PT</span><span> - </span><i class="fa fa-sitemap"></i><span> Bar</span></div></div>
      <h2>Responsibilities</h2><h2>Requirements</h2></body></html>`;
    expect(detectPage(html(page), 'https://cafesol.example/jobs/barista').job?.location).toBe('Porto, PT');
  });

  it('ignores a pin icon in the page footer (the office address)', () => {
    const page = `<html><head><title>Barista | Cafe Sol</title></head><body><h1>Barista</h1><h2>Responsibilities</h2><h2>Requirements</h2>
      <footer><i class="fa fa-map-marker"></i><span>1 Harbour Road, Porto</span></footer></body></html>`;
    expect(detectPage(html(page), 'https://cafesol.example/jobs/barista').job?.location).toBe('');
  });
});

describe('generic confirmation containers', () => {
  const notice = (text: string) => `<html><head><title>Tide Times</title></head><body><h1>Tide Times</h1>
    <div class="confirmation"><div class="confirmation__content"><p>${text}</p></div></div></body></html>`;

  it('is not a confirmation when a BEM "confirmation__content" notice thanks someone for subscribing', () => {
    expect(classifyPage(html(notice('Thanks for subscribing! Check your inbox to confirm.')), 'https://tides.example/newsletter')).not.toBe('confirmation');
  });

  it('is a confirmation when that container says the application went in', () => {
    expect(classifyPage(html(notice('Thank you for applying. Your application has been received.')), 'https://tides.example/newsletter')).toBe('confirmation');
  });
});

describe('LinkedIn guest page whose top card has no location line', () => {
  const page = (title: string) => `<html><head><title>${title}</title></head><body><section class="top-card-layout">
    <h1 class="top-card-layout__title">Engineer in Training</h1><a class="topcard__org-name-link" href="#">Tidewater</a></section></body></html>`;
  const url = 'https://www.linkedin.com/jobs/view/engineer-in-training-at-tidewater-4100000001';

  it('reads the place from the document title ("… in <place> | LinkedIn")', () => {
    const { job } = detectPage(html(page('Tidewater hiring Engineer in Training in Porto, Portugal | LinkedIn')), url);
    expect(job?.location).toBe('Porto, Portugal');
  });

  it('reads the place after a dash ("… at Tidewater — <place> | LinkedIn Jobs")', () => {
    const { job } = detectPage(html(page('Engineer in Training at Tidewater — Porto, Portugal | LinkedIn Jobs')), url);
    expect(job?.location).toBe('Porto, Portugal');
  });

  it('prefers the top card’s own location line', () => {
    const doc = html(page('Tidewater hiring Engineer in Training in Porto, Portugal | LinkedIn').replace('</section>', '<span class="topcard__flavor topcard__flavor--bullet">Lisbon, Portugal</span></section>'));
    expect(detectPage(doc, url).job?.location).toBe('Lisbon, Portugal');
  });
});
