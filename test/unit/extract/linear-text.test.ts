/**
 * Page text is hostile: every pass over it must be linear. The inputs below took seconds to minutes
 * with the patterns these functions replaced (`<!--[\s\S]*?-->`, `<tag[^>]*>`, `[^/?#]*[a-z0-9][^/?#]*`);
 * here they are made 5–25 times larger than the cases, so quadratic code would not finish
 * before the test's time-out while linear code takes milliseconds. The old patterns are kept below
 * only as the reference the new code must agree with on ordinary input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, inlineText, stripTags } from '../../../src/core/extract/html-text';
import { isJobLink } from '../../../src/core/extract/signals';

const OLD_BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr)$/i;
function oldStripTags(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) => (OLD_BLOCK.test(name) ? '\n' : ' '));
}
const OLD_JOB_LINK =
  /greenhouse\.io\/.+\/jobs\/\d+|gh_jid=\d+|lever\.co\/[^/]+\/[0-9a-f-]{36}|ashbyhq\.com\/[^/]+\/[0-9a-f-]{36}|myworkdayjobs\.com\/.+\/job\/|workable\.com\/.*\/j\/|smartrecruiters\.com\/[^/]+\/\d+|comeet\.com\/jobs\/[^/]+\/[^/]+\/[^/]+|\/(jobs?|careers?|positions?|vacanc(y|ies)|openings?|job-listing|stellen)\/([^/?#]+\/){0,3}[^/?#]*[a-z0-9][^/?#]*\/?(\?|#|$)|\/jobs\/view\/|viewjob\?|[?&](jk|job_?id|jobid)=/i;

/** Strings built from the pieces these patterns care about, so the edge cases come up often. */
const markupPieces = fc.constantFrom(
  '<!--', '-->', '<!-->', '<a', '<a href="x">', '</a>', '>', '<', '<p>', '</P >', '<br/>', '<script>', '</script>',
  '</SCRIPT >', '<style', '</style>', '<template>', '</noscript>', '<h2 class=x>', 'text', ' ', '\n', 'é',
);
const linkPieces = fc.constantFrom(
  'https://', 'boards.greenhouse.io/', 'GREENHOUSE.IO/', 'acme', '/jobs/', '/job/', '123', '/', '?', '#', 'gh_jid=4',
  'myworkdayjobs.com/', 'workable.com/', '/j/', 'careers', '/careers/', 'x', '-', '\n', 'lever.co/', 'a'.repeat(36),
  '0123456789abcdef0123456789abcdef0123', 'viewjob?', '&jk=', 'stellen/', '/vacancies/', '_',
);

describe('tag stripping', () => {
  it('removes what the old patterns removed, on every mix of markup pieces', () => {
    fc.assert(
      fc.property(fc.array(markupPieces, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(stripTags(text)).toBe(oldStripTags(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles a million unclosed comments, tags and scripts without freezing', () => {
    for (const piece of ['<!--', '<a', '<script', '<style x', '</a ']) {
      const hostile = piece.repeat(1_000_000 / piece.length);
      expect(stripTags(hostile).length).toBe(hostile.length);
    }
    // The JSON-LD case, five times over: the comment marks stay text, and no tag is left.
    expect(htmlToText(`<p>${'<!--'.repeat(200_000)}</p>`)).toBe('<!--'.repeat(200_000));
  });

  it('leaves no tag that was escaped twice', () => {
    expect(htmlToText('&lt;b&gt;Hi&lt;/b&gt; &amp;lt;script&amp;gt;x')).toBe('Hi x');
    expect(htmlToText('Cook &#60;img src=x onerror=alert(1)&#62;')).toBe('Cook');
  });

  it('never reads an entity name from Object.prototype', () => {
    expect(htmlToText('a &constructor; b &__proto__; c &toString;')).toBe('a &constructor; b &__proto__; c &toString;');
  });

  it('caps one-line fields before converting them', () => {
    expect(inlineText(`${'x '.repeat(500_000)}`).length).toBeLessThanOrEqual(20_000);
  });
});

describe('job links', () => {
  it('match what the old pattern matched, on every mix of link pieces', () => {
    fc.assert(
      fc.property(fc.array(linkPieces, { maxLength: 12 }), (pieces) => {
        const href = pieces.join('');
        expect(isJobLink(href)).toBe(OLD_JOB_LINK.test(href));
      }),
      { numRuns: 5000 },
    );
  });

  it('test a 200,000-character link in one pass', () => {
    const long = `https://x.example/jobs/${'a'.repeat(200_000)}/b/c/d/e/f`;
    expect(isJobLink(long)).toBe(false);
    expect(isJobLink(`https://x.example/${'greenhouse.io/'.repeat(20_000)}`)).toBe(false);
    expect(isJobLink(`https://x.example/${'/careers/a/b/c/d/e'.repeat(20_000)}`)).toBe(false);
    expect(isJobLink(`https://boards.greenhouse.io/${'a/'.repeat(50_000)}jobs/1`)).toBe(true);
  });
});
