/**
 * General page signals for sites no module knows: does the page read like one job posting, a list
 * of jobs, or an article? Each signal is cheap and structural (labels, headings, links, forms).
 */
import { all, inSiteChrome, meta, shortTextOf } from './dom-util';
import { LABELS, labelledValue } from './labelled';
import { isHidden } from './visibility';

const JOB_SECTION = new RegExp(
  '^(' +
    [
      "responsibilities|requirements|qualifications|(minimum|preferred|basic|required|desired) qualifications|what you('| wi)ll do|what we('re| are) looking for|about (the|this) (role|job|position)|the role|your role|benefits|perks|job description|skills|experience requirements|educational requirements|who you are|what you bring",
      // German, French, Spanish, Portuguese, Dutch, Italian, Polish: a few headings each.
      '((ihre?|deine?) )?(aufgaben|profil|qualifikationen)|anforderungen|wir bieten|(vos )?missions|profil recherché|avantages',
      'responsabilidades|requisitos|(qué )?ofrecemos|(o que )?oferecemos|functieomschrijving|functie-eisen|wat wij bieden',
      'responsabilità|requisiti|(cosa )?offriamo|(zakres )?obowiązków|obowiązki|wymagania|oferujemy',
    ].join('|') +
    ')\\s*:?$',
  'i',
);

const APPLY_CONTROL =
  /^(apply|apply now|apply for (this|the) (job|position|role)|apply online|easy apply|quick apply|submit (your )?application|i'm interested|(jetzt )?bewerben|postuler|candidater|aplicar|postularme|candidatar-se|solliciteer|solliciteren|candidati|aplikuj)( (now|nu|ora|ahora|agora|teraz|maintenant))?$/i;

/**
 * Links that lead to a single job on common boards, ATSs and career paths. Each test is linear in the
 * link's length: no two unbounded repeats may compete for the same characters (one 20,000-character
 * link took 330 ms with `[^/?#]*[a-z0-9][^/?#]*`), and "host, then anything, then a path" is two
 * searches, not a `.+` that backtracks from every repeat of the host.
 */
const JOB_LINK =
  /gh_jid=\d|lever\.co\/[^/]+\/[0-9a-f-]{36}|ashbyhq\.com\/[^/]+\/[0-9a-f-]{36}|smartrecruiters\.com\/[^/]+\/\d|comeet\.com\/jobs\/[^/]+\/[^/]+\/[^/]|\/(jobs?|careers?|positions?|vacanc(y|ies)|openings?|job-listing|stellen)\/([^/?#]+\/){0,3}[^/?#a-z0-9]*[a-z0-9][^/?#]*\/?(\?|#|$)|\/jobs\/view\/|viewjob\?|[?&](jk|job_?id|jobid)=/i;

/** `host`, at least `gap` characters, then `path` later in the link (what `host.+path` meant). */
const HOST_THEN_PATH: Array<[host: string, path: RegExp, gap: number]> = [
  ['greenhouse.io/', /\/jobs\/\d/g, 1],
  ['myworkdayjobs.com/', /\/job\//g, 1],
  ['workable.com/', /\/j\//g, 0],
];

export function isJobLink(href: string): boolean {
  if (JOB_LINK.test(href)) return true;
  // `.` stops at line ends, so each line is its own candidate.
  return href
    .toLowerCase()
    .split(/[\n\r\u2028\u2029]/)
    .some((line) =>
      HOST_THEN_PATH.some(([host, path, gap]) => {
        const at = line.indexOf(host);
        if (at < 0) return false;
        path.lastIndex = at + host.length + gap;
        return path.test(line);
      }),
    );
}

export function jobSectionCount(doc: Document): number {
  const found = new Set<string>();
  for (const el of all(doc, 'h2, h3, h4, h5, strong, b, dt').slice(0, 3000)) {
    const text = shortTextOf(el, 60);
    if (text && JOB_SECTION.test(text)) found.add(text.toLowerCase().replace(/:$/, ''));
  }
  return found.size;
}

/** How many visible labels say "Location": one on a posting, one per card on a list of jobs. */
export function locationLabelCount(doc: Document): number {
  return all(doc, 'dt, th, h2, h3, h4, h5, h6, strong, b, label, span').slice(0, 4000).filter((el) => {
    const text = shortTextOf(el, 42)?.replace(/[:：]\s*$/, '');
    return !!text && text.length <= 40 && LABELS.location.test(text);
  }).length;
}

export function labelledFieldCount(doc: Document): number {
  return [LABELS.location, LABELS.employmentType, LABELS.salary].filter((p) => labelledValue(doc, p)).length;
}

export function hasApplyControl(doc: Document): boolean {
  return all(doc, 'a, button, input[type="submit"], input[type="button"]').slice(0, 3000).some((el) => {
    const own = shortTextOf(el, 40);
    if (own === null) return false;
    const text = own || (el.getAttribute('value') ?? '') || (el.getAttribute('aria-label') ?? '');
    return text.length <= 40 && APPLY_CONTROL.test(text.trim()) && !isHidden(el);
  });
}

/** A visible form asking for a resume/CV or a candidate's name and email. */
export function hasApplicationForm(doc: Document): boolean {
  for (const form of all(doc, 'form').slice(0, 30)) {
    if (isHidden(form)) continue;
    const file = form.querySelector('input[type="file"]');
    const email = form.querySelector('input[type="email"], input[name*="email"], input[id*="email"]');
    const name = form.querySelector('input[name*="name"], input[id*="name"], input[autocomplete="given-name"]');
    if ((file && email) || (file && name)) return true;
  }
  return false;
}

/** Distinct links on the page that lead to single jobs (not counting the page itself or site chrome). */
export function jobLinkCount(doc: Document, url: URL | null): number {
  const seen = new Set<string>();
  for (const a of all(doc, 'a[href]').slice(0, 5000)) {
    const href = a.getAttribute('href') ?? '';
    if (!isJobLink(href) || inSiteChrome(a)) continue;
    let key = href;
    try {
      const u = new URL(href, url ?? undefined);
      u.hash = '';
      key = u.href;
      if (url && u.pathname.replace(/\/$/, '') === url.pathname.replace(/\/$/, '')) continue;
    } catch {
      // keep the raw href as its own key
    }
    seen.add(key);
    if (seen.size >= 50) break;
  }
  return seen.size;
}

/** Career advice, blogs and news by their address (indeed.com/career-advice/…, …/blog/…, …/ratgeber/…). */
const ARTICLE_ADDRESS = /\/(career-advice|career-guide|blogs?|news|articles?|magazine|ratgeber|conseils|consejos|dicas|advies|consigli|porad(y|nik))(\/|$)/i;

/** An article about applying quotes "Your application has been submitted!": nothing in it confirms anything. */
export function isArticlePage(doc: Document, url: URL | null): boolean {
  return (!!url && ARTICLE_ADDRESS.test(url.pathname)) || looksLikeArticle(doc);
}

/** Articles, blog posts and news describe themselves so in their metadata. */
export function looksLikeArticle(doc: Document): boolean {
  if (/^article$/i.test(meta(doc, 'og:type'))) return true;
  if (all(doc, '[itemtype*="BlogPosting"], [itemtype*="NewsArticle"], [itemtype$="/Article"]').length) return true;
  return all(doc, 'script[type="application/ld+json"]').some((s) =>
    /"@type"\s*:\s*"(Article|NewsArticle|BlogPosting|Blog)"/.test((s.textContent ?? '').slice(0, 20_000)),
  );
}
