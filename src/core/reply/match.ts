/**
 * Which application in the pipeline an employer reply is about. Pure: the reading and plain records
 * in, scored candidates out (best first). A candidate needs the same company or the same job id;
 * the title's words (with seniority that agrees) and a sender seen before for that application add
 * to the score. A rejection or an interview only matches applications still open.
 */
import { CLOSED } from '../stages';
import type { Application } from '../types';
import { companyKey, sameCompany } from './company-name';
import type { ReplyLabel, ReplyReading } from './types';

export type MatchableApplication = Pick<Application, 'id' | 'title' | 'company' | 'jobId' | 'stage'> & {
  /** Sender addresses of replies already filed under this application. */
  senders?: readonly string[];
};

export interface ReplyCandidate {
  applicationId: string;
  score: number;
  reasons: string[];
}

/** Below this, a candidate is not offered at all. */
export const PLAUSIBLE = 3;
/** Two candidates closer than this: the person picks. */
const CLEAR_LEAD = 1.5;

const SENIORITY: Record<string, string> = {
  intern: 'intern', internship: 'intern', trainee: 'intern', apprentice: 'intern', graduate: 'junior',
  junior: 'junior', jr: 'junior', entry: 'junior', associate: 'junior',
  senior: 'senior', sr: 'senior', staff: 'staff', principal: 'principal', lead: 'lead', head: 'head',
  director: 'director', vp: 'vp', chief: 'chief',
};
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'to', 'in', 'at', 'with', 'role', 'position', 'job', 'm', 'f', 'd', 'w', 'x']);

function words(title: string): string[] {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word && !STOP.has(word));
}

function seniorityOf(tokens: readonly string[]): Set<string> {
  return new Set(tokens.map((token) => SENIORITY[token]).filter((level): level is string => Boolean(level)));
}

/** 0..1 for shared words, or -1 when both titles state a seniority and they differ (Senior ≠ Staff). */
export function titleAgreement(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const sa = seniorityOf(wa);
  const sb = seniorityOf(wb);
  if (sa.size && sb.size && ![...sa].some((level) => sb.has(level))) return -1;
  const core = (list: string[]) => new Set(list.filter((word) => !SENIORITY[word]));
  const ca = core(wa);
  const cb = core(wb);
  if (!ca.size || !cb.size) return 0;
  const shared = [...ca].filter((word) => cb.has(word)).length;
  return shared / Math.max(ca.size, cb.size);
}

function openFor(label: ReplyLabel, app: MatchableApplication): boolean {
  if (label === 'rejection' || label === 'interview' || label === 'assessment' || label === 'offer') return !CLOSED.has(app.stage);
  return true;
}

const idKey = (id: string) => id.trim().toLowerCase().replace(/^(?:req|job|jr|r)[-\s#:]*/i, '');

export function matchReply(
  reading: Pick<ReplyReading, 'label' | 'company' | 'jobTitle' | 'jobId'>,
  senderAddress: string,
  applications: readonly MatchableApplication[],
): ReplyCandidate[] {
  const sender = senderAddress.trim().toLowerCase();
  const out: ReplyCandidate[] = [];
  for (const app of applications) {
    if (!openFor(reading.label, app)) continue;
    const reasons: string[] = [];
    let score = 0;
    const idMatch = Boolean(reading.jobId && app.jobId && idKey(reading.jobId) === idKey(app.jobId));
    if (idMatch) {
      score += 4;
      reasons.push('job id');
    }
    const companyMatch = Boolean(reading.company && app.company && sameCompany(reading.company, app.company));
    if (companyMatch) {
      score += companyKey(reading.company) === companyKey(app.company) ? 3.5 : 3;
      reasons.push('company');
    }
    if (!idMatch && !companyMatch) continue;
    if (sender && app.senders?.some((seen) => seen.toLowerCase() === sender)) {
      score += 2;
      reasons.push('sender seen before');
    }
    if (reading.jobTitle && app.title) {
      const agreement = titleAgreement(reading.jobTitle, app.title);
      if (agreement < 0) {
        score -= 3;
        reasons.push('seniority differs');
      } else if (agreement >= 0.5) {
        score += 2 * agreement;
        reasons.push('title');
      }
    }
    if (reading.label === 'rejection' && app.stage === 'saved') score -= 0.5;
    if (score >= PLAUSIBLE) out.push({ applicationId: app.id, score: Math.round(score * 100) / 100, reasons });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** One clear best candidate, or null when the person should pick (none, or two close ones). */
export function clearMatch(candidates: readonly ReplyCandidate[]): ReplyCandidate | null {
  const [first, second] = candidates;
  if (!first) return null;
  return !second || first.score - second.score >= CLEAR_LEAD ? first : null;
}
