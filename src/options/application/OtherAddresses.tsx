/**
 * The job's other addresses (one job found on a board and applied to on the employer's system, or two
 * records joined with "Same job as…"): where else it lives, by host, so the person can open either page.
 * Stored addresses are data: only http(s) ones become links, and the host is shown as text.
 */
import { safeHttpUrl } from '../../ui/format';

/** A long list helps nobody; the first few say where the job was seen. */
const SHOWN = 4;

export function OtherAddresses({ urls, postingUrl }: { urls: readonly string[] | undefined; postingUrl: string }) {
  const posting = safeHttpUrl(postingUrl);
  const links = [...new Set((urls ?? []).map(safeHttpUrl))]
    .filter((href): href is string => href !== null && href !== posting)
    .slice(0, SHOWN)
    .map((href) => ({ href, host: new URL(href).host }));
  if (links.length === 0) return null;
  return (
    <p class="detail__dates muted" data-testid="other-addresses">
      Also at{' '}
      {links.map((link, i) => (
        <span key={link.href}>
          {i > 0 ? ', ' : ''}
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {link.host}
            <span aria-hidden="true"> ↗</span>
          </a>
        </span>
      ))}
    </p>
  );
}
