/**
 * Hostile pages for the extraction fuzz test and for the benchmark's worst-time figure: deep nesting,
 * cyclic @id graphs, megabyte strings, pathological markup, __proto__/constructor keys, odd Unicode,
 * javascript: and data: addresses. Each page also carries one ordinary posting (the canary), which
 * no amount of hostile data beside it may make disappear.
 */
import fc from 'fast-check';

export const CANARY = { title: 'Canary Engineer', company: 'Canary Works' };
const CANARY_JSON = JSON.stringify({ '@type': 'JobPosting', title: CANARY.title, hiringOrganization: { name: CANARY.company } });

const SCRIPT_ADDRESSES = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(document.cookie)', 'java\tscript:alert(1)', '\u0001javascript:x',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)', 'javascript:javascript:alert(1)',
];
const ODD_UNICODE = [
  '\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', '\u0000', '\u2028', '\u2029', 'İ', 'ß', '🙂', 'e\u0301',
  '\u0301'.repeat(200), '\u2003'.repeat(2000), '\u00a0', '\r\n', 'ﬀ',
];
const MARKUP = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;', '&#60;svg onload=alert(1)&#62;', '&#x3c;a href=x&#x3e;', '<!--', '-->',
  '<a', '<a href="javascript:alert(1)">x</a>', '</', '<![CDATA[', ']]>', '&constructor;', '&__proto__;', '<style>',
  '</style>', '<b>', '<p>', '<a_b>', '<', '>', '&', '&#0;', '&#xD800;', '&#99999999999;', '"', "'", '\\', '`',
];
const KEYS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '@id', '@type', '@graph', '@value', 'name',
  'legalName', 'title', 'hiringOrganization', 'description', 'jobLocation', 'address', 'addressLocality',
  'addressCountry', 'baseSalary', 'value', 'minValue', 'currency', 'identifier', 'url', 'sameAs', 'employmentType',
  'jobLocationType', 'applicantLocationRequirements',
];
/** What to repeat into a long string: each was quadratic somewhere once. */
const REPEATS = ['<!--', '<a', '<script', '<style x', '&lt;a', '<', '&', 'a', ' ', '\u2003', '/jobs/a', 'greenhouse.io/'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 6, arbitrary: fc.constantFrom(...SCRIPT_ADDRESSES, ...ODD_UNICODE, ...MARKUP, ...KEYS) },
);

/** One unit repeated into a long string (tens of kilobytes; a megabyte now and then). */
const longText = fc
  .tuple(fc.constantFrom(...REPEATS), fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 1_000, max: 40_000 }) }, { weight: 1, arbitrary: fc.constant(1_000_000) }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** A string a page could write anywhere: mostly short and nasty, about one in 150 long. */
export const hostileText = fc.oneof(
  { weight: 150, arbitrary: fc.array(piece, { maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(piece, longText, piece).map((parts) => parts.join('')) },
);

/** JSON text, written by hand so that "__proto__" is an ordinary key as it is in JSON.parse. */
type Tree = string | number | boolean | null | Tree[] | { pairs: Array<[string, Tree]> };
function toJson(tree: Tree): string {
  if (Array.isArray(tree)) return `[${tree.map(toJson).join(',')}]`;
  if (tree !== null && typeof tree === 'object') {
    return `{${tree.pairs.map(([key, value]) => `${JSON.stringify(key)}:${toJson(value)}`).join(',')}}`;
  }
  return JSON.stringify(tree) ?? 'null';
}

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('tree'), { maxLength: 4 }),
    tie('node'),
  ),
  node: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('tree')), { maxLength: 6 })
    .map((pairs) => ({ pairs })),
}));

/** Postings whose fields point at each other by @id, in circles. */
const cyclicGraph = fc
  .array(fc.tuple(fc.constantFrom('#a', '#b', '_:c', 'https://x.example/#d'), fc.constantFrom(...KEYS)), { minLength: 1, maxLength: 8 })
  .map((links) => {
    const ids = ['#a', '#b', '_:c', 'https://x.example/#d'];
    const nodes = ids.map((id, i) => {
      const own = links.filter((_, j) => j % ids.length === i).map(([to, key]) => `${JSON.stringify(key)}:{"@id":${JSON.stringify(to)}}`);
      return `{"@id":${JSON.stringify(id)},"@type":"JobPosting","title":{"@id":${JSON.stringify(ids[(i + 1) % ids.length])}}${own.map((p) => `,${p}`).join('')}}`;
    });
    return `{"@graph":[${nodes.join(',')}]}`;
  });

/** A `name` (or an array) nested far deeper than any real page nests. */
const deepNesting = fc
  .tuple(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 50, max: 2_000 }) }, { weight: 1, arbitrary: fc.constant(50_000) }), fc.constantFrom('{"name":', '{"@value":', '['), fc.constantFrom('title', 'hiringOrganization', 'jobLocation'))
  .map(([depth, open, key]) => {
    const close = open === '[' ? ']' : '}';
    return `{"@type":"JobPosting",${JSON.stringify(key)}:${open.repeat(depth)}"Deep"${close.repeat(depth)}}`;
  });

/** JobPosting nodes with hostile values in the fields the readers look at. */
const posting = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), tree), { maxLength: 8 })
  .map((pairs) => toJson({ pairs: [['@type', 'JobPosting'], ...pairs] }));

/** The text of one JSON-LD script. */
export const hostileJsonLd = fc.oneof(
  { weight: 4, arbitrary: posting },
  { weight: 2, arbitrary: tree.map(toJson) },
  { weight: 2, arbitrary: cyclicGraph },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: hostileText },
);

/** Body markup: labels, headings, links and forms with hostile text, addresses and nesting. */
const element = fc.oneof(
  hostileText.map((text) => `<h1>${text}</h1>`),
  hostileText.map((text) => `<p>${text}</p>`),
  fc.tuple(fc.constantFrom(...SCRIPT_ADDRESSES, '/jobs/1', 'https://boards.greenhouse.io/a/jobs/1'), hostileText).map(
    ([href, text]) => `<a href="${href.replace(/"/g, '&quot;')}">${text}</a>`,
  ),
  hostileText.map((text) => `<dl><dt>Location</dt><dd>${text}</dd></dl><strong>Salary:</strong> ${text}<br>`),
  fc.integer({ min: 10, max: 512 }).map((depth) => `${'<b>'.repeat(depth)}Location${'</b>'.repeat(depth)}`),
  fc.integer({ min: 10, max: 250 }).map((depth) => `${'<div><h2>'.repeat(depth)}Requirements ${'x'.repeat(5_000)}`),
  hostileText.map((text) => `<form><input type="file"><input type="email"><button>${text}</button></form>`),
  hostileText.map((text) => text),
);

const PAGE_ADDRESSES = [
  'https://boards.greenhouse.io/acme/jobs/123', 'https://jobs.lever.co/acme/0123abcd-0123-4567-89ab-0123456789ab',
  'https://www.linkedin.com/jobs/view/123/', 'https://www.indeed.com/viewjob?jk=abc123', 'https://x.example/careers/1',
  'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1', 'https://x.example/',
];

export interface HostilePage {
  url: string;
  title: string;
  body: string;
  jsonLd: string[];
}

const pageAddress = fc.tuple(fc.constantFrom(...PAGE_ADDRESSES), hostileText).map(([base, text]) => {
  const url = new URL(base);
  url.searchParams.set('q', text.slice(0, 2_000));
  return url.href;
});
const jsonLdScripts = fc.array(hostileJsonLd, { maxLength: 3 }).map((scripts) => [CANARY_JSON, ...scripts]);

/** A whole page: hostile body markup, title, structured data and address. */
export const hostilePage: fc.Arbitrary<HostilePage> = fc.record({
  url: pageAddress,
  title: hostileText,
  body: fc.array(element, { maxLength: 4 }).map((parts) => parts.join('')),
  jsonLd: jsonLdScripts,
});

/** A page whose hostile part is its title, structured data and address (its body is a plain posting). */
export const hostileData: fc.Arbitrary<HostilePage> = fc.record({
  url: pageAddress,
  title: hostileText,
  body: fc.constant('<main><h1>Plain heading</h1><p>Plain text.</p></main>'),
  jsonLd: jsonLdScripts,
});

/** Build the page as the browser would: scripts' text is set as text, never parsed as markup. */
export function buildPage(parser: DOMParser, page: HostilePage): Document {
  return fillHead(parser.parseFromString(`<!doctype html><html><head></head><body>${page.body}</body></html>`, 'text/html'), page);
}

/** Put the page's title and JSON-LD into `doc`'s head, replacing what a previous page put there. */
export function fillHead(doc: Document, page: Pick<HostilePage, 'title' | 'jsonLd'>): Document {
  doc.head.replaceChildren();
  const title = doc.createElement('title');
  title.textContent = page.title;
  doc.head.appendChild(title);
  for (const text of page.jsonLd) {
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = text;
    doc.head.appendChild(script);
  }
  return doc;
}
