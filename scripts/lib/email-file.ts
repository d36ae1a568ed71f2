/**
 * Emails as text files, the form of ../shared/emails and test/fixtures/emails: header lines
 * ("From: Name <address>", "Subject: …", "Date: …"), one blank line, then the body. A file that
 * starts with a blank line has no headers.
 */
import type { EmailText } from '../../src/core/reply/types';

export interface EmailFile extends EmailText {
  date: string;
}

export function parseFrom(value: string): { fromName: string; fromAddress: string } {
  const angle = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (angle) return { fromName: angle[1]?.trim() ?? '', fromAddress: angle[2]?.trim() ?? '' };
  const bare = value.trim();
  return bare.includes('@') ? { fromName: '', fromAddress: bare } : { fromName: bare, fromAddress: '' };
}

export function parseEmailFile(text: string): EmailFile {
  const normalized = text.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const headBlock = split === -1 ? '' : normalized.slice(0, split);
  const headerLines = headBlock.split('\n');
  const looksLikeHeaders = headBlock !== '' && headerLines.every((line) => /^[A-Za-z-]+:\s?/.test(line) || /^\s/.test(line));
  const headers = new Map<string, string>();
  if (looksLikeHeaders) {
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  const body = looksLikeHeaders ? normalized.slice(split + 2) : normalized.replace(/^\n/, '');
  return {
    ...parseFrom(headers.get('from') ?? ''),
    subject: headers.get('subject') ?? '',
    date: headers.get('date') ?? '',
    body,
  };
}
