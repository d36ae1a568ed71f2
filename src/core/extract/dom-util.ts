/** Small, never-throwing DOM readers shared by the extractors. Standard DOM only (no layout). */
import { squash } from '../text';
import { isHidden } from './visibility';

/** querySelectorAll that returns [] for selectors a DOM implementation does not support. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function textOf(el: Element | null | undefined): string {
  return el ? squash(el.textContent) : '';
}

/**
 * The squashed text of an element that only matters when short (a label, a heading, a button), or
 * null when it is longer than `max`. Reading stops early: the textContent of each of 500 nested
 * headings around a megabyte of text would copy that megabyte 500 times.
 */
export function shortTextOf(el: Element, max: number): string | null {
  // Room for the white space that squashing removes (indentation around a label).
  const limit = max * 4 + 200;
  // A label or a heading is a few nodes (text, an icon, a <b>): more, and it is not short.
  const nodes = 64;
  let raw = '';
  let visited = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (++visited > nodes) return null;
    if (node.nodeType === 3 || node.nodeType === 4) {
      raw += node.nodeValue ?? '';
      if (raw.length > limit) return null;
    }
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  const text = squash(raw);
  return text.length <= max ? text : null;
}

/** Text of the first element matching any selector, in order, that is not hidden and not empty. */
export function pick(root: ParentNode, selectors: string[]): string {
  for (const selector of selectors) {
    for (const el of all(root, selector).slice(0, 20)) {
      const text = textOf(el);
      if (text && !isHidden(el)) return text;
    }
  }
  return '';
}

/** content of <meta property=…> or <meta name=…>. */
export function meta(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const el = first(doc, `meta[property="${name}"], meta[name="${name}"]`);
    const content = squash(el?.getAttribute('content'));
    if (content) return content;
  }
  return '';
}

/**
 * Site chrome: a job board's menus and page footer link to job categories on every page it serves.
 * A header or footer inside an article or section belongs to that content (a job card's own header),
 * as in the HTML landmark rules, so only page-level ones count as chrome.
 */
export function inSiteChrome(el: Element): boolean {
  if (el.closest('nav, [role="navigation"], [role="banner"], [role="contentinfo"]')) return true;
  const edge = el.closest('header, footer');
  return !!edge && !edge.parentElement?.closest('article, aside, main, section, li');
}

/** Capitalise a host label ("breezy-hr" → "Breezy Hr") for a company name of last resort. */
export function labelToName(label: string): string {
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'TABLE', 'DT', 'DD']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);

/** Visible-ish text of an element with line breaks at block boundaries (textContent glues words). */
export function blockText(root: Element, maxChars = 100_000): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length && length < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      parts.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) continue;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) stack.push(root.ownerDocument.createTextNode('\n'));
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (block) parts.push('\n');
  }
  return parts
    .join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n\s*/g, '\n')
    .trim();
}

/** Block-aware text of the first element matching the selector, or "". */
export function descriptionOf(root: ParentNode, selector: string): string {
  const el = first(root, selector);
  return el ? blockText(el) : '';
}
