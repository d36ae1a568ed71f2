/**
 * Company names as people say them. Structured data and page titles often carry the legal entity
 * ("COS Medtronic Shared Services Americas S.A.S.", "Autodesk Canada Co.") or a career-site prefix
 * ("Jobs bei comparis.ch"); a person says "Medtronic", "Autodesk", "comparis.ch".
 */
import { squash } from '../text';

/** "Jobs bei …", "Careers at …", "Karriere bei …", "Stellenangebote von …" and the same in the other languages. */
const PREFIX =
  /^(jobs?|careers?|karriere|stellenangebote|stellen|offres d'emploi|emplois?|carrières?|empleos?|vagas|carreiras?|vacatures|lavora con noi|offerte di lavoro|praca|oferty pracy|kariera|work|working) (at|@|bei|von|chez|de|en|na|em|bij|w|in) /i;

/** Legal forms at the end of a name, with the comma or dash before them. Longest first. */
const LEGAL_FORM =
  /[\s,–-]+(gmbh( & co\.? kg)?|ag|kg|se|s\.?a\.?s\.?|s\.?a\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|s\.?l\.?|sp\. z o\.o\.|b\.?v\.?|n\.?v\.?|inc\.?|llc|llp|ltd\.?|limited|plc|pty( ltd\.?)?|co\.|corp\.|corporation|ab|a\/s|as|aps|oy|ltda\.?|sarl)\s*$/i;

/** Units of a group that are not what anyone calls the employer: "Shared Services Americas", "Holding". */
const UNIT_SUFFIX = /\s+(?:shared services?|global services|business services|service cent(?:er|re)|holdings?)\b.*$/i;

/** A name reduced to its letters and digits, for comparing "Sonar" with "sonarsource". */
export const compact = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The name a person would say. `brands` are the page's own brand signals (og:site_name, the career
 * host's labels): when the legal entity had to be cut and one of its words is such a brand, that word
 * is the name ("COS Medtronic" on medtronic.wd1.myworkdayjobs.com → "Medtronic").
 */
export function companyAsSaid(raw: string, brands: string[] = []): string {
  // No name is longer; a hostile page's megabyte of spaces would make the end-anchored patterns slow.
  let name = squash(raw.slice(0, 1000)).slice(0, 300).replace(PREFIX, '');
  const before = name;
  for (let i = 0; i < 3; i++) name = name.replace(LEGAL_FORM, '').replace(UNIT_SUFFIX, '').trim();
  name = name.replace(/[\s,–-]+$/, '');
  if (!name) return squash(raw.slice(0, 1000)).slice(0, 300);
  if (name !== before) {
    const wanted = new Set(brands.map(compact).filter((b) => b.length >= 3));
    const words = name.split(/\s+/);
    const brand = words.length > 1 ? words.find((w) => wanted.has(compact(w))) : undefined;
    if (brand) return brand;
  }
  return name;
}

/** Labels of a career host that are not a brand (www, jobs, careers, Workday's wd1); ATS names are board words (title-parse). */
const NOT_A_BRAND =
  /^(www\d?|jobs?|careers?|karriere|stellen|apply|boards?|job-boards|recruiting|hire|talent|wd\d+|myworkdayjobs)$/i;

/** The brand a career host names: medtronic.wd1.myworkdayjobs.com → medtronic, jobs.ruag.ch → ruag. */
export function hostBrands(hostname: string): string[] {
  const labels = hostname.toLowerCase().split('.');
  return labels.slice(0, -1).filter((label) => label.length >= 3 && !NOT_A_BRAND.test(label));
}
