/**
 * Read inline structured data (microdata or RDFa) into the plain object shape JSON-LD gives, so one
 * mapper handles all three. A property belongs to the nearest enclosing item; an element that is
 * both a property and an item becomes a nested object.
 */
import type { Node } from './schema';

export interface ItemSyntax {
  /** Selector for item roots (itemscope / typeof). */
  scope: string;
  /** Attribute naming the item type. */
  typeAttr: string;
  /** Attribute naming properties. */
  propAttr: string;
  isItem(el: Element): boolean;
}

const MAX_PROPS = 2000;
const MAX_DEPTH = 8;

function propertyValue(el: Element): string {
  for (const attr of ['content', 'datetime']) {
    const v = el.getAttribute(attr);
    if (v !== null) return v;
  }
  const tag = el.tagName.toLowerCase();
  if (tag === 'a' || tag === 'link') return el.getAttribute('href') ?? '';
  if (tag === 'img' || tag === 'source') return el.getAttribute('src') ?? '';
  if (tag === 'meta') return '';
  return el.textContent ?? '';
}

function ownerItem(el: Element, syntax: ItemSyntax): Element | null {
  let parent = el.parentElement;
  while (parent && !syntax.isItem(parent)) parent = parent.parentElement;
  return parent;
}

function add(node: Node, name: string, value: unknown): void {
  const key = name.replace(/^.*[/#:]/, '');
  if (!key) return;
  const existing = node[key];
  if (existing === undefined) node[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else node[key] = [existing, value];
}

export function readItem(root: Element, syntax: ItemSyntax, depth = 0): Node {
  const node: Node = { '@type': root.getAttribute(syntax.typeAttr) ?? '' };
  if (depth > MAX_DEPTH) return node;
  const props = Array.from(root.querySelectorAll(`[${syntax.propAttr}]`)).slice(0, MAX_PROPS);
  for (const el of props) {
    if (ownerItem(el, syntax) !== root) continue;
    const value = syntax.isItem(el) ? readItem(el, syntax, depth + 1) : propertyValue(el);
    for (const name of (el.getAttribute(syntax.propAttr) ?? '').split(/\s+/).filter(Boolean)) add(node, name, value);
  }
  return node;
}

/** Item roots whose type is JobPosting, outermost only. */
export function jobPostingRoots(doc: Document, syntax: ItemSyntax): Element[] {
  return Array.from(doc.querySelectorAll(syntax.scope))
    .filter((el) => /(^|[\s/#:])JobPosting$/.test((el.getAttribute(syntax.typeAttr) ?? '').trim()))
    .slice(0, 100);
}
