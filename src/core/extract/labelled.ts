/**
 * Values written next to a label: "<dt>Location</dt><dd>…</dd>", "<h2>Location</h2><p>…</p>",
 * "<strong>Location:</strong> Kirkland WA<br>". Many career sites with no structured data show their
 * fields this way, so reading by label generalises better than per-site class names.
 */
import { squash } from '../text';
import { all, blockText } from './dom-util';
import { isHidden } from './visibility';

const LABEL_TAGS = 'dt, th, h2, h3, h4, h5, h6, strong, b, label, span';
const MAX_LABELS = 4000;
const MAX_VALUE = 200;
const BLOCKS = new Set(['P', 'DIV', 'DD', 'TD', 'UL', 'OL', 'SECTION']);

/** Text after the label up to the next line break or the next label of the same kind. */
function followingText(label: Element): string {
  let text = '';
  for (let node = label.nextSibling; node && text.length < MAX_VALUE; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'BR' || el.tagName === label.tagName) break;
      if (isHidden(el)) continue;
      // "<h2>Label</h2><p>value</p>": the first block after the label is the whole value.
      if (BLOCKS.has(el.tagName)) return text.trim() ? squash(text) : blockText(el).replace(/\s*\n\s*/g, ' · ');
    }
    text += ' ' + (node.textContent ?? '');
  }
  return squash(text);
}

export const LABELS = {
  location: /^(job |office |work )?locations?$/i,
  employmentType: /^(employment|job|work|contract|time) ?type$|^hours$|^commitment$/i,
  salary: /^(salary|compensation|pay|base salary|salary range|pay range)$/i,
  company: /^(company|employer|hiring organi[sz]ation|organi[sz]ation)$/i,
} as const;

/** The value written beside the first visible label matching `pattern`. */
export function labelledValue(root: ParentNode, pattern: RegExp): string {
  for (const el of all(root, LABEL_TAGS).slice(0, MAX_LABELS)) {
    const label = squash(el.textContent).replace(/[:：]\s*$/, '');
    if (label.length > 40 || !pattern.test(label) || isHidden(el)) continue;
    let value = followingText(el);
    // A label alone in its wrapper ("<div><span>Location</span></div><div>…</div>"): look one level up.
    if (!value && el.parentElement && squash(el.parentElement.textContent) === squash(el.textContent)) {
      value = followingText(el.parentElement);
    }
    if (value && value.length <= MAX_VALUE) return value;
  }
  return '';
}
