/**
 * The submit rules against the fixture pages: every element marked data-test-role="submit" is the
 * real submit for its site; every "opener" (Apply buttons) and "step" (Next, Save, Yes/No, Connect)
 * is not. The markers only exist in the project's own fixtures.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markedSubmitPages, siteFixtureUrl as urlOf } from '../../support/site-fixtures';
import { siteFor, submitSiteFor } from '../../../src/sites/find';

const pages = markedSubmitPages();

describe('submit rules on fixture pages', () => {
  it('has marked pages to check', () => expect(pages.length).toBeGreaterThan(10));
  for (const file of pages) {
    const url = urlOf(file);
    it(url, () => {
      document.open();
      document.write(fs.readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/gi, ''));
      document.close();
      const rule = submitSiteFor(siteFor(new URL(url), document)?.id);
      for (const el of Array.from(document.querySelectorAll('[data-test-role]'))) {
        const role = el.getAttribute('data-test-role');
        expect(rule.isSubmit(el), `${rule.id}: ${role} ${el.textContent?.trim()}`).toBe(role === 'submit');
      }
    });
  }
});
