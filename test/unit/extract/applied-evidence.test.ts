import { describe, expect, it } from 'vitest';
import { pageForPopup } from '../../../src/core/extract/applied-evidence';
import { draft } from '../../support/builders';

const headline = draft({ title: 'How to follow up after applying for a job', company: 'Indeed', board: 'indeed', jobId: '', url: 'https://www.indeed.com/career-advice/x' });

describe('when the popup may say “you just applied”', () => {
  it('not on a confirmation-like page that names no job and where this tab saw no submission (an article)', () => {
    expect(pageForPopup({ page: 'confirmation', draft: headline }, null)).toBe('other');
    expect(pageForPopup({ page: 'confirmation', draft: headline }, { submittedAt: null })).toBe('other');
  });

  it('when this tab saw the submission, or the confirmation names a job by its board id', () => {
    expect(pageForPopup({ page: 'confirmation', draft: headline }, { submittedAt: 1000 })).toBe('confirmation');
    expect(pageForPopup({ page: 'confirmation', draft: draft({ jobId: '4012345' }) }, null)).toBe('confirmation');
  });

  it('leaves every other kind of page as it was', () => {
    for (const page of ['posting', 'application', 'listing', 'other'] as const) {
      expect(pageForPopup({ page, draft: headline }, null)).toBe(page);
    }
  });
});
