/**
 * The text a person sees in a message body: innerText (hidden preheaders and display:none templates
 * are skipped), minus quoted earlier messages, and bounded: a 5 MB body is read only as far as the
 * classifier looks, block by block, so no layout of the whole thing is ever forced.
 */
import { MAX_BODY_CHARS as MAX_CHARS } from '../core/reply/limits';

const QUOTES = 'blockquote, .gmail_quote, .gmail_extra, .yahoo_quoted, #divRplyFwdMsg, #appendonsend, [id^="divRplyFwdMsg"]';

function bounded(element: HTMLElement, budget: number): string {
  // textContent costs no layout; innerText does, so only ask it of parts that fit the budget.
  if ((element.textContent?.length ?? 0) <= budget * 2) return element.innerText ?? element.textContent ?? '';
  let out = '';
  for (const child of Array.from(element.children)) {
    if (out.length >= budget) break;
    out += `${bounded(child as HTMLElement, budget - out.length)}\n`;
  }
  return out || (element.textContent ?? '').slice(0, budget);
}

/** The newest message's own words: everything before the first quoted block. */
export function visibleText(body: HTMLElement): string {
  let text = bounded(body, MAX_CHARS).slice(0, MAX_CHARS);
  const quote = body.querySelector<HTMLElement>(QUOTES);
  const quoted = quote ? bounded(quote, 2000).trim().slice(0, 200) : '';
  const at = quoted ? text.indexOf(quoted) : -1;
  if (at > 0) text = text.slice(0, at);
  return text;
}

/** A date as the page writes it ("Tue, Mar 3, 2026, 4:20 PM", ISO in a datetime attribute), or null. */
export function parseShownDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const parsed = Date.parse(value.replace(/\s+at\s+/i, ' ').replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(/\s*\(.*\)\s*$/, ''));
  return Number.isFinite(parsed) ? parsed : null;
}
