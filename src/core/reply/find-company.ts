/**
 * Which company an email is from: cues in the text ("interest in Acme", "position at Acme", "the
 * Acme Recruiting Team", "Acme has decided"), the sender's display name ("Acme Hiring Team" via
 * Greenhouse), and the sender's own domain last. Each cue votes with a weight; the name with the most
 * votes wins, ties to the earliest. Applicant-tracking systems and job boards never win.
 */
import { companyFromAddress, companyKey, isNotCompany, TEAM_WORDS } from './company-name';
import type { EmailText } from './types';

const CONNECTORS = new Set(['for', 'of', 'and', '&', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'y', 'e', 'di']);
const NAME_TOKEN = /^(?:[A-Z0-9\u00C0-\u00DE][\w.&'’+\-\u00C0-\u017F]*|[a-z]{1,3}[A-Z][\w.&'’-]*)$/;
/** Capitalised words that start sentences or name roles, never companies. */
const NOT_A_START = /^(?:Hi|Hello|Dear|Thank|Thanks|We|Our|Your|You|Please|Unfortunately|Position|Job|Role|Team|This|That|If|As|At|In|On|For|Best|Kind|Regards|Sincerely|Software|Senior|Junior|Engineer|Developer|Manager|Frontend|Backend)$/;

const MAX_TOKENS = 6;

function cleanToken(token: string): { word: string; last: boolean } {
  const last = /[,!?:;)"”]$/.test(token) || (/\.$/.test(token) && !/^(?:Inc|Co|Corp|Ltd|S\.A|B\.V|N\.V)\.$/i.test(token));
  return { word: token.replace(/[,!?:;)"”.]+$/, ''), last };
}

/** The run of name-like words starting at `from`. */
function nameAfter(text: string, from: number): string {
  const tokens = text.slice(from, from + 160).split(/[ \t]+/);
  const out: string[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_TOKENS; i++) {
    const raw = tokens[i] ?? '';
    if (raw.includes('\n')) {
      const head = raw.split('\n')[0] ?? '';
      if (head && NAME_TOKEN.test(cleanToken(head).word)) out.push(cleanToken(head).word);
      break;
    }
    const { word, last } = cleanToken(raw);
    if (CONNECTORS.has(word) && out.length > 0 && NAME_TOKEN.test(cleanToken(tokens[i + 1] ?? '').word)) {
      out.push(word);
      continue;
    }
    if (!word || !NAME_TOKEN.test(word) || (out.length === 0 && NOT_A_START.test(word) && word !== 'The')) break;
    out.push(word);
    if (last) break;
  }
  while (out.length && CONNECTORS.has(out[out.length - 1] ?? '')) out.pop();
  return out.join(' ');
}

/** The run of name-like words ending just before `to`. */
function nameBefore(text: string, to: number): string {
  const tokens = text.slice(Math.max(0, to - 160), to).split(/[ \t]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < MAX_TOKENS; i--) {
    const raw = tokens[i] ?? '';
    const parts = raw.split('\n');
    const word = parts[parts.length - 1] ?? '';
    if (/[,!?:;.]$/.test(word) && !/^(?:Inc|Co|Corp|Ltd)\.$/i.test(word)) break;
    if (CONNECTORS.has(word) && out.length > 0 && NAME_TOKEN.test(tokens[i - 1] ?? '')) {
      out.unshift(word);
      continue;
    }
    if (!NAME_TOKEN.test(word)) break;
    out.unshift(word);
    if (parts.length > 1) break;
  }
  while (out.length && (NOT_A_START.test(out[0] ?? '') || CONNECTORS.has(out[0] ?? '')) && out[0] !== 'The') out.shift();
  return out.join(' ');
}

interface Cue {
  re: RegExp;
  weight: number;
  /** The name stands after the cue (default) or before it. */
  before?: boolean;
}

const CUES: Cue[] = [
  { re: /\binterest in (?:joining |working (?:at|for|with) |a (?:career|position|role|job) (?:at|with) |careers? (?:at|with) |employment (?:at|with) )?/gi, weight: 3 },
  { re: /\b(?:position|role|job|opening|opportunity|opportunities|internship|vacancy|career|careers|employment|work|interview|team) (?:at|with) /gi, weight: 3 },
  { re: /\b(?:applying|applied|apply) (?:to|at|with) /gi, weight: 1.5 },
  { re: /\b(?:application|applications|resume) (?:to|at|with|was sent to|has been sent to) /gi, weight: 2 },
  { re: /\bsent to /gi, weight: 2 },
  { re: /\b(?:joining|join|considering) /gi, weight: 2 },
  { re: /\b(?:account with|team of|on behalf of|behalf of|hiring for) /gi, weight: 2 },
  { re: /\byour (?=(?:[A-Z][\w.&-]* ){1,4}(?:initial )?application\b)/g, weight: 1 },
  {
    re: / (?:(?:Global )?(?:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|HR|People|Careers|Human Resources|Customer Service|Organizers|Organisers)(?: [Tt]eam)?|Team)\b/g,
    weight: 2,
    before: true,
  },
  { re: / (?:has|have) (?:decided|chosen|made|reviewed|received)\b| (?:is|are) (?:looking|hiring|seeking)\b/g, weight: 2, before: true },
  { re: /,? (?:Inc|LLC|GmbH|Ltd|Corp)\b/g, weight: 1, before: true },
  { re: /\b(?:call|contact|visit) /g, weight: 1 },
  { re: /\b(?:position|role|job|offer) of [^.,\n]{2,60}? at /gi, weight: 3 },
  { re: /\b(?:offer|news|update|message|note) from /gi, weight: 2 },
];

interface Vote {
  name: string;
  score: number;
  first: number;
}

function vote(votes: Map<string, Vote>, name: string, weight: number, at: number): void {
  const trimmed = name.replace(TEAM_WORDS, '').trim();
  if (trimmed.length < 2 || isNotCompany(trimmed)) return;
  const key = companyKey(trimmed);
  const existing = votes.get(key);
  if (existing) existing.score += weight;
  else votes.set(key, { name: trimmed, score: weight, first: at });
}

function voteCues(votes: Map<string, Vote>, text: string, offset: number): void {
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (const match of text.matchAll(cue.re)) {
      const index = match.index ?? 0;
      // "The Acme Recruiting Team": the article belongs to the sign-off, not to the name.
      const name = cue.before ? nameBefore(text, index).replace(/^The /, '') : nameAfter(text, index + match[0].length);
      if (name) vote(votes, name, cue.weight, offset + index);
    }
  }
}

/** The display name as a company: "Acme Hiring Team" counts more than a bare name (it may be a person). */
function voteDisplayName(votes: Map<string, Vote>, display: string): void {
  const name = display.replace(/\s+via\s+.+$/i, '').replace(/^["']|["']$/g, '').trim();
  if (!name || name.includes('@')) return;
  const stripped = name.replace(TEAM_WORDS, '').trim();
  vote(votes, stripped, stripped !== name ? 3 : 1, -2);
}

const compact = (name: string) => companyKey(name.replace(/&/g, ' and ')).replace(/\s+/g, '');
const CAPITALISED_RUN = /[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|&|and|of|for))*/g;

/**
 * The sender's own domain spelled out in the text ("orbitlabs.dev" and "Orbit Labs" in the
 * signature): a person's display name is not the company, but their domain usually is.
 */
function voteDomain(votes: Map<string, Vote>, address: string, text: string): void {
  const label = companyFromAddress(address).replace(/-/g, '');
  if (label.length < 3) return;
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const run = match[0].replace(/[.\s]+$/, '');
    const words = run.split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + 5); end++) {
        const name = words.slice(start, end).join(' ');
        const key = compact(name);
        if (key === label || key.replace(/and/g, '') === label.replace(/and/g, '')) {
          vote(votes, name, 2.5, match.index ?? 0);
          return;
        }
      }
    }
  }
}

export function findCompany(email: EmailText, body: string): string {
  const votes = new Map<string, Vote>();
  voteDisplayName(votes, email.fromName);
  voteCues(votes, email.subject, -1);
  const atEnd = /\s(?:at|with|@)\s+([^|–—-]+)$/i.exec(email.subject.trim());
  if (atEnd?.[1]) vote(votes, nameAfter(atEnd[1], 0), 3, -1);
  voteCues(votes, body.slice(0, 20_000), 0);
  voteDomain(votes, email.fromAddress, `${email.subject}\n${body.slice(0, 20_000)}`);
  let best: Vote | undefined;
  for (const candidate of votes.values()) {
    if (!best || candidate.score > best.score || (candidate.score === best.score && candidate.first < best.first)) best = candidate;
  }
  return best?.name ?? companyFromAddress(email.fromAddress);
}
