/**
 * The employer named only in a page's footer: "© 2025 Presidio, Inc. All rights reserved.", linked to
 * presidio.com. A last resort for pages whose job data names no company (a UKG Pro posting). The
 * notice counts only when the footer also links to that company's own site: an ATS's footer names the
 * ATS, and links to the ATS, not to a site named like its employer.
 */
import { all, textOf } from './dom-util';
import { compact, companyAsSaid, hostBrands } from './company';

const NOTICE = /©\s*([\d\s–-]{4,12})?([^©|]{2,80}?)[.,]?\s*(all rights|alle rechte|tous droits|todos los derechos|$)/i;

const FOOTERS = 'footer, [class*="footer" i], [data-automation*="footer"]';

export function copyrightCompany(doc: Document, url: URL | null): string {
  for (const footer of all(doc, FOOTERS).slice(0, 20)) {
    const holder = NOTICE.exec(textOf(footer).slice(0, 2000))?.[2]?.trim();
    if (!holder) continue;
    const name = compact(companyAsSaid(holder));
    const links = footer.tagName === 'A' ? [footer] : all(footer, 'a[href]').slice(0, 200);
    const ownSite = links.some((a) => {
      try {
        const host = new URL(a.getAttribute('href') ?? '', url ?? undefined).hostname;
        return host !== url?.hostname && hostBrands(host).some((brand) => compact(brand) === name);
      } catch {
        return false;
      }
    });
    if (ownSite) return holder;
  }
  return '';
}
