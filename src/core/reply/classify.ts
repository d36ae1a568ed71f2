/**
 * What kind of employer reply an email is: rejection, offer, interview, assessment,
 * acknowledgement or other, checked in that order so "we have extended an offer to another
 * candidate" stays a rejection. Pure: plain text in, a reading out (src/core/reply/types.ts).
 *
 * - Only the newest message of a chain is read (newest-message.ts).
 * - A phrase inside a condition ("if you are not selected", "if we're able to offer you") does not
 *   count, except for acknowledgements, which are often written that way.
 * - Strong phrase families decide alone; weak ones need a second, different weak family.
 * - Job alerts and digests are "other", whatever they mention.
 */
import { findCompany } from './find-company';
import { findJobId, findJobTitle } from './find-job';
import { newestMessage, sentencesOf } from './newest-message';
import { ENGLISH, type PhraseFamily } from './phrases';
import { OTHER_LANGUAGES } from './phrases-intl';
import { MAX_BODY_CHARS } from './limits';
import { REPLY_LABELS, type EmailText, type ReplyLabel, type ReplyReading } from './types';

const FAMILIES: PhraseFamily[] = [...ENGLISH, ...OTHER_LANGUAGES];


const ALERT =
  /\b(?:job alerts?|jobs? (?:recommended )?for you|new jobs (?:match|for|in)|recommended jobs|jobs you may (?:be interested in|like)|similar jobs|jobs posted on|unsubscribe from (?:these )?(?:job )?alerts|based on your (?:profile|search|preferences)|I have a job that)\b/i;
const ALERT_SENDER = /(?:jobalerts?|job-alerts?|alerts?-noreply|jobs-listings|digest)@/i;

/**
 * A recruiter's cold outreach ("I came across your profile…") is not a reply to an application,
 * however much it talks about calls and interviews.
 */
const OUTREACH =
  /\b(?:came across your (?:profile|resume|background)|found your (?:profile|resume)|are you open to|would you be open to|open to (?:new )?(?:opportunities|roles)|exciting (?:new )?opportunit|I (?:am|'m) a (?:recruiter|sourcer)|would you be interested in)\b/i;

/** A condition word in the clause before the phrase ("If you are not selected, …"). */
const CONDITION = /(?:^|[,;:(]\s*|\b(?:and|but)\s+)(?:if|unless|whether|should|once|in case|in the event|wenn|falls|sofern|si|se|caso|jeśli|jeżeli|gdyby|als|indien|mocht|qualora|qualunque)\b[^,;]*$/i;

interface Hit {
  family: PhraseFamily;
  sentence: string;
  order: number;
}

function conditional(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  return /^\s*(?:if|unless|should|in case|wenn|falls|si|se|jeśli|jeżeli|als|indien|qualora)\b/i.test(sentence) || CONDITION.test(before);
}

function hitsIn(sentences: string[]): Hit[] {
  const hits: Hit[] = [];
  sentences.forEach((sentence, order) => {
    for (const family of FAMILIES) {
      const match = family.re.exec(sentence);
      if (!match) continue;
      if (!family.conditionalOk && conditional(sentence, match.index)) continue;
      hits.push({ family, sentence, order });
    }
  });
  return hits;
}

function decide(hits: Hit[]): { label: ReplyLabel; sentence: string } {
  for (const label of REPLY_LABELS) {
    if (label === 'other') break;
    const mine = hits.filter((hit) => hit.family.label === label);
    const strong = mine.find((hit) => hit.family.strong);
    if (strong) return { label, sentence: strong.sentence };
    const weak = mine.filter((hit) => !hit.family.strong);
    if (new Set(weak.map((hit) => hit.family.id)).size >= 2) return { label, sentence: weak[0]?.sentence ?? '' };
  }
  return { label: 'other', sentence: '' };
}

export function isJobAlert(email: EmailText, body: string): boolean {
  return ALERT_SENDER.test(email.fromAddress) || ALERT.test(email.subject) || ALERT.test(body.slice(0, 3000));
}

function normalizeQuotes(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/\u00a0/g, ' ');
}

export function classifyEmail(email: EmailText): ReplyReading {
  const body = normalizeQuotes(newestMessage(email.body.slice(0, MAX_BODY_CHARS)));
  const subject = normalizeQuotes(email.subject).slice(0, 500);
  const company = findCompany(email, body);
  const jobTitle = findJobTitle(subject, body, company);
  const jobId = findJobId(subject, body, jobTitle);
  if (isJobAlert(email, body)) return { label: 'other', sentence: '', phrases: ['other:job-alert'], company, jobTitle, jobId };
  const hits = hitsIn([subject, ...sentencesOf(body)]);
  const outreach = OUTREACH.test(body.slice(0, 5000));
  const { label, sentence } = decide(outreach ? hits.filter((hit) => hit.family.label !== 'interview' && hit.family.label !== 'assessment') : hits);
  const phrases = [...new Set(hits.map((hit) => `${hit.family.label}:${hit.family.id}`))];
  return { label, sentence: sentence.slice(0, 400), phrases, company, jobTitle, jobId };
}
