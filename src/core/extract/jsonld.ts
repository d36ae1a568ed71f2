/**
 * schema.org JobPosting from <script type="application/ld+json">. Pages are hostile as often as they
 * are sloppy: scripts are size-capped, JSON gets one lenient repair, traversal is bounded in depth
 * and node count, and nothing here throws.
 */
import { isJobPosting, isNode, jobFromNode, type Node, type StructuredJob } from './schema';

const MAX_SCRIPT_CHARS = 2_000_000;
/** What all of a page's JSON-LD may cost together: past it, further scripts are not parsed. */
const MAX_PAGE_CHARS = 4_000_000;
const MAX_SCRIPTS = 50;
const MAX_NODES = 20_000;
const MAX_DEPTH = 40;

/** Parse JSON, then once more after removing what commonly breaks it (trailing commas, raw control characters, comment wrappers). */
export function parseLenient(raw: string): unknown {
  const text = raw.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)$/, '');
  try {
    return JSON.parse(text);
  } catch {
    // Raw new lines inside strings are invalid JSON; as white space between tokens they are harmless.
    // eslint-disable-next-line no-control-regex
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

interface Walk {
  postings: Node[];
  byId: Map<string, Node>;
}

/**
 * Collect JobPosting nodes and an @id index, iteratively (no recursion to blow the stack). Each script
 * has its own node budget, so one huge or hostile script cannot hide the postings of another.
 */
function walk(roots: unknown[]): Walk {
  const out: Walk = { postings: [], byId: new Map() };
  for (const root of roots) {
    const postings: Node[] = [];
    const stack: Array<[unknown, number]> = [[root, 0]];
    let seen = 0;
    while (stack.length && seen < MAX_NODES) {
      const [value, depth] = stack.pop() as [unknown, number];
      seen++;
      if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value.slice(0, 1000)) stack.push([item, depth + 1]);
        continue;
      }
      const node = value as Node;
      const id = node['@id'];
      if (typeof id === 'string' && Object.keys(node).length > 1 && !out.byId.has(id)) out.byId.set(id, node);
      if (isJobPosting(node)) postings.push(node);
      for (const key of Object.keys(node).slice(0, 200)) stack.push([node[key], depth + 1]);
    }
    // The stack pops last-first; restore document order.
    out.postings.push(...postings.reverse());
  }
  return out;
}

function resolver(byId: Map<string, Node>) {
  return (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && !value.name) return byId.get(value['@id']) ?? value;
    if (typeof value === 'string' && byId.has(value) && /^(https?:|_:|#)/.test(value)) return byId.get(value);
    return value;
  };
}

/** The parsed JSON of every JSON-LD script on the page (bounded). */
function scripts(doc: Document): unknown[] {
  const out: unknown[] = [];
  const found = Array.from(doc.querySelectorAll('script[type]')).filter(
    (s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json',
  );
  let budget = MAX_PAGE_CHARS;
  for (const script of found.slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (!text || text.length > MAX_SCRIPT_CHARS || text.length > budget) continue;
    budget -= text.length;
    const parsed = parseLenient(text);
    if (parsed !== undefined) out.push(parsed);
  }
  return out;
}

/** Every JobPosting in the page's JSON-LD, as draft fields, in document order. */
export function jsonLdJobs(doc: Document): StructuredJob[] {
  try {
    const { postings, byId } = walk(scripts(doc));
    const resolve = resolver(byId);
    // One posting that breaks its reader does not take the page's other postings with it.
    return postings.slice(0, 100).flatMap((node) => {
      try {
        return [jobFromNode(node, resolve)];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}
