/**
 * Property-based fuzzing of extraction with hostile pages (see hostile-inputs.ts): 10,000 pages whose
 * title, structured data and address are hostile (extracted), and 400 whose body markup is hostile
 * too (classified and extracted; a new DOM each, which is what makes them slow). For each:
 * nothing throws, nothing is added to the built-in prototypes, no field holds a tag or a script
 * address, the posting address stays http(s), and the ordinary posting beside the hostile data is
 * still read. The worst time per page is a figure in `npm run bench`, not an assertion here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPage, extractJob } from '../../../src/core/extract/index';
import { jsonLdJobs } from '../../../src/core/extract/jsonld';
import { isScriptAddress } from '../../../src/core/extract/normalize';
import { buildPage, CANARY, fillHead, hostileData, hostilePage, type HostilePage } from './hostile-inputs';

/** What a tag or comment looks like to an HTML parser. */
const MARKUP = /<\/?[a-z][^>]*>|<!--[\s\S]*?-->/i;
const SEED = Number(process.env.FUZZ_SEED ?? 12);

function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map(String),
  );
}
const builtIns = prototypeKeys();

/** `classify`: run the whole detection (classification too), else only the extraction it ends in. */
function checkPage(doc: Document, page: HostilePage, classify: boolean): void {
  const job = classify ? detectPage(doc, page.url).job : extractJob(doc, page.url);
  const fromJsonLd = jsonLdJobs(doc);
  expect(fromJsonLd.some((j) => j.title === CANARY.title && j.company === CANARY.company)).toBe(true);
  for (const found of [...fromJsonLd, ...(job ? [job] : [])]) {
    for (const [field, value] of Object.entries(found)) {
      if (typeof value === 'string') expect(value, field).not.toMatch(MARKUP);
    }
  }
  if (job) {
    for (const [field, value] of Object.entries(job)) {
      if (typeof value === 'string') expect(isScriptAddress(value), `${field}: ${value.slice(0, 80)}`).toBe(false);
    }
    expect(['http:', 'https:']).toContain(new URL(job.url).protocol);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(builtIns);
}

describe('extraction on hostile pages', () => {
  it('reads 10,000 pages with hostile titles, structured data and addresses safely', () => {
    const doc = new DOMParser().parseFromString('<main><h1>Plain heading</h1><p>Plain text.</p></main>', 'text/html');
    fc.assert(
      fc.property(hostileData, (page) => checkPage(fillHead(doc, page), page, false)),
      { numRuns: 10_000, seed: SEED, endOnFailure: true },
    );
  }, 600_000);

  it('reads 400 pages with hostile markup too safely', () => {
    const parser = new DOMParser();
    fc.assert(
      fc.property(hostilePage, (page) => checkPage(buildPage(parser, page), page, true)),
      { numRuns: 400, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
