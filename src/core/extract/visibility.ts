/**
 * Is an element hidden from the person looking at the page? Success messages are often pre-rendered
 * and hidden (Breezy HR, Recruitee), so a confirmation only counts when no ancestor hides it. Without
 * layout (Node, unit tests) we read the markup; in a browser, pass `getComputedStyle` as well.
 */

const HIDDEN_CLASSES = new Set(['hidden', 'ng-hide', 'sr-only', 'visually-hidden', 'd-none', 'is-hidden', 'hide', 'screen-reader-text', 'invisible']);
const HIDDEN_TAGS = new Set(['TEMPLATE', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'HEAD']);

export type ComputedStyleFn = (el: Element) => Pick<CSSStyleDeclaration, 'display' | 'visibility'> | null;

function hiddenByMarkup(el: Element): boolean {
  if (HIDDEN_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (/(^|;)display:none/.test(style) || /(^|;)visibility:hidden/.test(style)) return true;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/);
  return classes.some((c) => HIDDEN_CLASSES.has(c));
}

function hiddenByStyle(el: Element, getStyle: ComputedStyleFn): boolean {
  try {
    const style = getStyle(el);
    return !!style && (style.display === 'none' || style.visibility === 'hidden');
  } catch {
    return false;
  }
}

/** True when the element or any ancestor is hidden (markup always; computed style when given). */
export function isHidden(el: Element, getComputedStyle?: ComputedStyleFn): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (hiddenByMarkup(node)) return true;
    if (getComputedStyle && hiddenByStyle(node, getComputedStyle)) return true;
  }
  // A <template>'s content is a separate fragment: its elements have no parentElement chain to it.
  return !el.ownerDocument.documentElement.contains(el);
}
