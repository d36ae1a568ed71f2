/**
 * Values written next to a label: "<dt>Location</dt><dd>…</dd>", "<h2>Location</h2><p>…</p>",
 * "<strong>Location:</strong> Kirkland WA<br>". Many career sites with no structured data show their
 * fields this way, so reading by label generalises better than per-site class names.
 */
import { squash } from '../text';
import { all, blockText, shortTextOf } from './dom-util';
import { isHidden } from './visibility';

const LABEL_TAGS = 'dt, th, h2, h3, h4, h5, h6, strong, b, label, span';
const MAX_LABELS = 4000;
const MAX_VALUE = 200;
/** Labels that match are looked at this many times at most (each check walks up the tree). */
const MAX_MATCHES = 20;
const BLOCKS = new Set(['P', 'DIV', 'DD', 'TD', 'UL', 'OL', 'SECTION']);

/** A value is short: reading more of its block than this only costs time (labels may nest deep). */
const MAX_BLOCK_CHARS = 4 * MAX_VALUE;

/**
 * Lines joined with " · ". One match per run of white space: `\s*\n\s*` rescans a long run of other
 * spaces (U+2003…) from each of its characters, which is quadratic.
 */
function linesJoined(text: string): string {
  return text.replace(/\s+/g, (space) => (space.includes('\n') ? ' · ' : space));
}

/** Text after the label up to the next line break or the next label of the same kind. */
function followingText(label: Element): string {
  let text = '';
  for (let node = label.nextSibling; node && text.length < MAX_VALUE; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'BR' || el.tagName === label.tagName) break;
      if (isHidden(el)) continue;
      // "<h2>Label</h2><p>value</p>": the first block after the label is the whole value.
      if (BLOCKS.has(el.tagName)) return text.trim() ? squash(text) : linesJoined(blockText(el, MAX_BLOCK_CHARS));
    }
    text += ' ' + (node.textContent ?? '');
  }
  return squash(text);
}

/** In English, German, French, Spanish, Portuguese, Dutch, Italian and Polish. */
export const LABELS = {
  location: /^((job |office |work )?locations?|standort|arbeitsort|einsatzort|lieu|localisation|ubicación|localização|locatie|standplaats|sede|lokalizacja|miejsce pracy)$/i,
  employmentType: /^(employment|job|work|contract|time) ?type$|^hours$|^commitment$|^(anstellungsart|type de contrat|tipo de (contrato|empleo)|dienstverband|tipo di contratto|(rodzaj|typ) umowy)$/i,
  salary: /^(salary|compensation|pay|base salary|salary range|pay range|gehalt|salaire|rémunération|salario|salário|salaris|stipendio|retribuzione|wynagrodzenie)$/i,
  company: /^(company|employer|hiring organi[sz]ation|organi[sz]ation)$/i,
} as const;

/** The value written beside the first visible label matching `pattern`. */
export function labelledValue(root: ParentNode, pattern: RegExp): string {
  let matches = 0;
  for (const el of all(root, LABEL_TAGS).slice(0, MAX_LABELS)) {
    const own = shortTextOf(el, 42);
    const label = own?.replace(/[:：]\s*$/, '') ?? '';
    if (!own || label.length > 40 || !pattern.test(label)) continue;
    // "<b><b><b>Location</b></b></b>" nested 500 deep is 500 matching labels.
    if (++matches > MAX_MATCHES) break;
    if (isHidden(el)) continue;
    let value = followingText(el);
    // A label alone in its wrapper ("<div><span>Location</span></div><div>…</div>"): look one level up.
    if (!value && el.parentElement && shortTextOf(el.parentElement, 42) === own) {
      value = followingText(el.parentElement);
    }
    if (value && value.length <= MAX_VALUE) return value;
  }
  return '';
}
