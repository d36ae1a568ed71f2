/**
 * Turn HTML-in-a-string (JSON-LD descriptions, titles with stray tags) into plain text without ever
 * parsing it as markup: tags are removed by scanning and entities decoded from a small table, so the
 * same code runs in a page, a service worker and Node, and page text can never become live DOM.
 *
 * Every pass is linear in the length of the text. Page text is hostile: a pattern such as
 * `<!--[\s\S]*?-->` rescans the rest of the string from every unclosed `<!--`, so 40,000 of them
 * froze the tab for seconds. Here each search starts where the last one ended, and a search that
 * finds no closing mark is remembered as failed for the rest of the string.
 */

const NAMED = new Map<string, string>(
  Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
    hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·',
    copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×',
    eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó', uacute: 'ú', iacute: 'í',
    auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', ccedil: 'ç',
    ntilde: 'ñ', shy: '', zwj: '', zwnj: '', ensp: ' ', emsp: ' ', thinsp: ' ',
  }),
);

/** Longest text converted for a description (its stored text is clipped to 100,000 characters). */
export const MAX_MARKUP_CHARS = 1_000_000;
/** Longest text converted for a one-line field (titles, companies, locations are clipped to 500). */
export const MAX_INLINE_CHARS = 20_000;

/** Decode character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  // A Map, not an object: "&constructor;" must not read Object.prototype.
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED.get(ref) ?? NAMED.get(ref.toLowerCase()) ?? whole;
  });
}

const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr)$/i;

/** Replace each `<!--…-->` with a space; an unclosed one stays as text (and so do all after it). */
function withoutComments(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    parts.push(text.slice(from, open), ' ');
    from = close + 3;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

const RAW_OPEN = /<(script|style|template|noscript)\b/gi;

/** Replace each script/style/template/noscript element, content and all, with a space. */
function withoutRawElements(text: string): string {
  const parts: string[] = [];
  /** Names whose closing tag does not occur after some point: no later opening of them can close. */
  const unclosed = new Set<string>();
  let from = 0;
  RAW_OPEN.lastIndex = 0;
  for (let open = RAW_OPEN.exec(text); open; open = RAW_OPEN.exec(text)) {
    const name = open[1]!.toLowerCase();
    if (!unclosed.has(name)) {
      const closing = new RegExp(`</${name}\\s*>`, 'gi');
      closing.lastIndex = open.index + open[0].length;
      const close = closing.exec(text);
      if (close) {
        parts.push(text.slice(from, open.index), ' ');
        from = close.index + close[0].length;
        RAW_OPEN.lastIndex = from;
        continue;
      }
      unclosed.add(name);
    }
    RAW_OPEN.lastIndex = open.index + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A tag starts `<x` or `</x` for any letter x, as the HTML parser reads it (`<a_b>` is a tag too). */
const TAG_OPEN = /<\/?([a-z][a-z0-9-]*)/gi;

/** Replace each tag with a new line (block elements) or a space; a `<x` with no `>` after it stays. */
function withoutTags(text: string): string {
  const parts: string[] = [];
  let from = 0;
  TAG_OPEN.lastIndex = 0;
  for (let open = TAG_OPEN.exec(text); open; open = TAG_OPEN.exec(text)) {
    const end = text.indexOf('>', open.index + open[0].length);
    // No ">" from here on: no later "<x" can end a tag either.
    if (end < 0) break;
    parts.push(text.slice(from, open.index), BLOCK.test(open[1]!) ? '\n' : ' ');
    from = end + 1;
    TAG_OPEN.lastIndex = from;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Remove tags (and the content of script/style/template), keeping block breaks as new lines. */
export function stripTags(text: string): string {
  return withoutTags(withoutRawElements(withoutComments(text)));
}

/**
 * Plain text from a string that may hold markup, escaped markup, or entities. Markup that was
 * escaped twice (`&amp;lt;b&amp;gt;`, `&#60;b&#62;`) becomes tags only after the last decoding, so
 * tags are removed once more after it: no field ever holds a tag.
 */
export function htmlToText(raw: unknown, maxChars = MAX_MARKUP_CHARS): string {
  if (typeof raw !== 'string' || !raw) return '';
  let text = raw.length > maxChars ? raw.slice(0, maxChars) : raw;
  // Escaped markup ("&lt;p&gt;") is common in JSON-LD: decode once so the tags can be removed.
  if (/&lt;\/?[a-z]/i.test(text)) text = decodeEntities(text);
  text = stripTags(decodeEntities(stripTags(text)));
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n\s*/g, '\n')
    .trim();
}

/** One-line plain text: for titles, companies, locations. */
export function inlineText(raw: unknown): string {
  return htmlToText(raw, MAX_INLINE_CHARS).replace(/\s+/g, ' ').trim();
}
