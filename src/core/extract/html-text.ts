/**
 * Turn HTML-in-a-string (JSON-LD descriptions, titles with stray tags) into plain text without ever
 * parsing it as markup: tags are removed by pattern and entities decoded from a small table, so the
 * same code runs in a page, a service worker and Node, and page text can never become live DOM.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó', uacute: 'ú', iacute: 'í',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', ccedil: 'ç',
  ntilde: 'ñ', shy: '', zwj: '', zwnj: '', ensp: ' ', emsp: ' ', thinsp: ' ',
};

/** Decode character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr)$/i;

/** Remove tags (and the content of script/style/template), keeping block breaks as new lines. */
export function stripTags(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) => (BLOCK.test(name) ? '\n' : ' '));
}

/** Plain text from a string that may hold markup, escaped markup, or entities. */
export function htmlToText(raw: unknown): string {
  if (typeof raw !== 'string' || !raw) return '';
  let text = raw.length > 2_000_000 ? raw.slice(0, 2_000_000) : raw;
  // Escaped markup ("&lt;p&gt;") is common in JSON-LD: decode once so the tags can be removed.
  if (/&lt;\/?[a-z]/i.test(text)) text = decodeEntities(text);
  text = decodeEntities(stripTags(text));
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** One-line plain text: for titles, companies, locations. */
export function inlineText(raw: unknown): string {
  return htmlToText(raw).replace(/\s+/g, ' ').trim();
}
