/**
 * Company names: how to compare them, and which names never are the employer (applicant-tracking
 * systems and job boards send on a company's behalf; free mail is a person's own address).
 */

/** Sender domains that are never the company: the company is in the display name or the text. */
export const NOT_COMPANY_DOMAINS = [
  'greenhouse-mail.io', 'greenhouse.io', 'lever.co', 'ashbyhq.com', 'myworkday.com', 'myworkdayjobs.com',
  'smartrecruiters.com', 'icims.com', 'wellfound.com', 'workablemail.com', 'workable.com', 'jobvite.com',
  'bamboohr.com', 'teamtailor.com', 'teamtailor-mail.com', 'recruitee.com', 'breezy.hr', 'personio.de',
  'personio.com', 'successfactors.com', 'successfactors.eu', 'taleo.net', 'oraclecloud.com', 'jazzhr.com',
  'applytojob.com', 'jobs.net', 'linkedin.com', 'indeed.com', 'indeedemail.com', 'glassdoor.com',
  'ziprecruiter.com', 'docusign.net', 'hirevue.com', 'hackerrank.com', 'codility.com', 'calendly.com',
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com',
  'proton.me', 'protonmail.com', 'gmx.de', 'web.de', 'orange.fr', 'wp.pl', 'onet.pl',
];

/** Names that are systems, boards or salutations, never an employer. */
const NOT_COMPANY_NAMES = new Set(
  [
    'linkedin', 'indeed', 'glassdoor', 'greenhouse', 'lever', 'workday', 'ashby', 'smartrecruiters', 'icims',
    'workable', 'jobvite', 'ziprecruiter', 'wellfound', 'no-reply', 'noreply', 'do not reply', 'notifications',
    'we', 'our', 'your', 'you', 'us', 'the', 'hi', 'hello', 'dear', 'thank', 'thanks', 'please', 'team',
    'position', 'job', 'role', 'application', 'unfortunately', 'careers', 'career', 'recruiting', 'hr',
    'talent acquisition', 'hiring team', 'human resources', 'candidate', 'this', 'that', 'it',
  ].map((name) => name.toLowerCase()),
);

const LEGAL_FORMS =
  /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|plc|corp|corporation|co|company|gmbh|ag|se|kg|sa|s\.a|sas|sarl|srl|s\.r\.l|spa|s\.p\.a|bv|b\.v|nv|n\.v|ab|as|oy|sp\. z o\.o|sp z oo|pty|pte|holdings?|group)\.?$/i;

/** Team words around a company in a sender's display name or sign-off: "Acme Hiring Team". */
export const TEAM_WORDS =
  /\s*(?:[-–|,:]\s*)?\b(?:global )?(?:recruiting|recruitment|recruiters?|talent(?: acquisition)?|acquisition|hiring|careers?|jobs|hr|human resources|people(?: ops| operations)?|organizers|customer service|team|notifications?|no-?reply|staffing)(?: team)?$/i;

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A company reduced to what identifies it: lower case, no accents, no legal form, no team words, no
 * leading "The", no web suffix ("Nuts.com" is Nuts). "" when nothing is left.
 */
export function companyKey(name: string): string {
  let key = stripAccents(name).toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
  key = key.replace(/\bvia\s+\S+$/, '').trim();
  for (let i = 0; i < 4; i++) {
    const before = key;
    key = key.replace(TEAM_WORDS, '').replace(/[,.\s]+$/, '').replace(LEGAL_FORMS, '').replace(/[,.\s&-]+$/, '').trim();
    if (key === before) break;
  }
  key = key.replace(/^the\s+/, '').replace(/\.(?:com|io|ai|co|net|org|de|fr|es|it|nl|pl|pt|eu|co\.uk)$/, '');
  return key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The same company, allowing one name to be the other's first words ("Raytheon" / "Raytheon Technologies"). */
export function sameCompany(a: string, b: string): boolean {
  const ka = companyKey(a);
  const kb = companyKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return long.startsWith(`${short} `);
}

export function isNotCompany(name: string): boolean {
  const key = companyKey(name);
  return !key || NOT_COMPANY_NAMES.has(key) || NOT_COMPANY_NAMES.has(name.trim().toLowerCase());
}

/** The employer's web domain as a last resort ("talent.acme.com" → "acme"), or "" for systems and free mail. */
export function companyFromAddress(address: string): string {
  const domain = address.split('@')[1]?.toLowerCase().trim() ?? '';
  if (!domain || NOT_COMPANY_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) return '';
  const parts = domain.split('.');
  const label = parts.length >= 3 && /^(?:co|com|org|net)$/.test(parts[parts.length - 2] ?? '') ? parts[parts.length - 3] : parts[parts.length - 2];
  return label && !/^(?:mail|email|e|news|info|noreply)$/.test(label) ? label : '';
}
