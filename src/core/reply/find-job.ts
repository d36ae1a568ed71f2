/**
 * The job an email is about: its title ("for the Product Designer position", "Position: …", the
 * subject's "Your application to <title> at <company>") and a job or requisition id when one is
 * written ("Req ID 169410BR", "Job Number: JR0148336", "…, R-1681").
 */
import { companyKey } from './company-name';

const TITLE_PATTERNS: RegExp[] = [
  /^\s*(?:Position|Job Title|Job|Role|Vacancy|Stelle|Poste|Puesto|Vaga|Functie|Vacature|Posizione|Stanowisko)\s*:\s*(.{3,120})$/im,
  /\bposition of\s+(.{3,120}?)(?:,\s|\.(?:\s|$)|\s+(?:at|with|in)\s|$)/im,
  /\b(?:for|to|in|on) (?:the|our|this|your)\s+(?:open\s+)?(.{3,100}?)\s+(?:position|role|opening|job|internship|vacancy|posting|requisition)\b/i,
  /\bapplication (?:to|for) (?:the )?(.{3,100}?)\s+(?:at|with)\s+/i,
  /\byour\s+([A-Z][^.\n]{2,80}?)\s+application\b/,
  /\b(?:applying|applied|apply|application) (?:to|for) (?:the )?([A-Z][^.!?\n]{2,80}?)(?:\s+(?:and|position|role|at|with)\b|[.!?,]|$)/m,
];

/** Words of a sentence, not of a job title (case-sensitive: "Train To Hire" is a title). */
const PROSE = /\b(?:to|your|our|you|we|will|be|is|are|have|has|that|this|review|other|in touch|the time)\b/;

function cleanTitle(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,.;:!-]+$/, '')
    .trim();
}

export function findJobTitle(subject: string, body: string, company: string): string {
  const companyId = companyKey(company);
  for (const text of [body.slice(0, 20_000), subject]) {
    for (const pattern of TITLE_PATTERNS) {
      const match = pattern.exec(text);
      const title = cleanTitle(match?.[1] ?? '');
      if (!title || !/^[A-Z0-9\u00C0-\u00DE]/.test(title) || title.split(' ').length > 14 || PROSE.test(title)) continue;
      if (companyId && companyKey(title) === companyId) continue;
      return title.slice(0, 120);
    }
  }
  return '';
}

const ID_PATTERNS: RegExp[] = [
  /\b(?:req(?:uisition)?(?:\s*(?:id|no\.?|number|#))?|job\s*(?:id|number|no\.?|code|ref(?:erence)?)|reference(?:\s*(?:number|no\.?))?|ref\.?)\s*[:#]?\s*([A-Z0-9][A-Z0-9_.-]{2,30})/i,
  /\b((?:JR|R|REQ|JOB)-?\d{3,})\b/,
  /\b([A-Z]{2,6}-\d{3,}|(?:19|20)\d\d-\d{3,})\b/,
];

export function findJobId(subject: string, body: string, title: string): string {
  for (const text of [subject, body.slice(0, 20_000), title]) {
    for (const pattern of ID_PATTERNS) {
      const id = pattern.exec(text)?.[1]?.replace(/[.-]+$/, '');
      if (id && /\d/.test(id)) return id;
    }
  }
  return '';
}
