/**
 * Only the newest message of a reply chain counts: a new interview invitation that quotes an old
 * rejection is an interview invitation. Mail readers drop quoted blocks from the page already; this
 * also cuts plain-text quotes, for the CLI and for webmail that shows the chain as text.
 */

/** Lines where a quoted earlier message starts, in the languages the classifier reads. */
const QUOTE_START = [
  /^\s*On .{4,200}(wrote|writes):\s*$/i,
  /^\s*-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|Oorspronkelijk bericht|Messaggio originale|Wiadomość oryginalna)\s*-{2,}/i,
  /^\s*(From|Von|De|Van|Da|Od):\s.+$/,
  /^\s*(Am|Le|El|Em|Op|Il|W dniu) .{4,200}(schrieb|a écrit|escribió|escreveu|schreef|ha scritto|napisał\(a\)|napisał):\s*$/i,
  /^\s*_{8,}\s*$/,
];

/**
 * The text before the first quote marker. A header block ("From: …") right at the top is the
 * message's own header (the CLI's files), so only markers after some body text count.
 */
export function newestMessage(body: string): string {
  const lines = body.split(/\r?\n/);
  const kept: string[] = [];
  let seenText = false;
  for (const line of lines) {
    if (seenText && (line.trimStart().startsWith('>') || QUOTE_START.some((re) => re.test(line)))) break;
    if (line.trim()) seenText = true;
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * Hard-wrapped lines joined back into paragraphs: a line continues when the next one starts in lower
 * case, or when it is long and does not end a sentence. Short lines ("Position: …", a sign-off) stay.
 */
function unwrap(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    const continues = current && (/^[\p{Ll}(]/u.test(line) || (current.length >= 50 && !/[.!?:;。！？]$/.test(current)));
    current = continues ? `${current} ${line}` : (current && out.push(current), line);
  }
  if (current) out.push(current);
  return out;
}

/** Sentences (and short lines: a heading or a "Position: …" line is a unit of its own), trimmed, non-empty. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of unwrap(text)) {
    for (const part of paragraph.split(/(?<=[.!?。！？])\s+(?=[^\p{Ll}\s])/u)) {
      const sentence = part.replace(/\s+/g, ' ').trim();
      if (sentence) out.push(sentence);
    }
  }
  return out;
}
