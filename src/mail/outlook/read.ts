/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft). Its class names are obfuscated and change, so this reads ids, roles and
 * test ids only (see WEBMAIL-SIGNALS.md):
 *   reading pane #ReadingPaneContainerId · subject [role=heading] · body [id^=UniqueMessageBody]
 *   or [role=document] · date [data-testid=SentReceivedSavedTime] · sender [title*="@"] or a mailto: link
 * An opened message puts "/id/<ItemId>" in the address. In a conversation the newest message (by
 * its shown date, else the first, as Outlook lists newest first) is the one read.
 */
import type { MailReader, OpenedMessage } from '../types';
import { parseShownDate, visibleText } from '../visible-text';

const ITEM_ID = /\/id\/([^/?#]+)/;
const BODY = '[id^="UniqueMessageBody"], [role="document"]';
const DATE = '[data-testid="SentReceivedSavedTime"]';

function pane(doc: Document): Element | null {
  return doc.getElementById('ReadingPaneContainerId') ?? doc.querySelector('[role="main"]');
}

/** The smallest ancestor of a body that also holds its header (date or sender). */
function itemOf(body: Element, root: Element): Element {
  let node: Element | null = body.parentElement;
  while (node && node !== root) {
    if (node.querySelector(DATE) || node.querySelector('[title*="@"], a[href^="mailto:"]')) return node;
    node = node.parentElement;
  }
  return root;
}

function sender(item: Element): { fromName: string; fromAddress: string } {
  const titled = item.querySelector('[title*="@"]');
  if (titled) {
    const address = titled.getAttribute('title')?.trim() ?? '';
    const name = titled.textContent?.replace(/<[^>]*>/g, '').trim() ?? '';
    return { fromName: name === address ? '' : name, fromAddress: address };
  }
  const mailto = item.querySelector<HTMLAnchorElement>('a[href^="mailto:"]');
  return { fromName: mailto?.textContent?.trim() ?? '', fromAddress: mailto?.href.slice(7).split('?')[0] ?? '' };
}

export const outlookReader: MailReader = {
  provider: 'outlook',
  messageOpen: (location) => ITEM_ID.test(location.pathname),
  region: pane,
  anchor: (doc) => pane(doc)?.querySelector('[role="heading"]') ?? null,
  read(doc, location): OpenedMessage | null {
    const root = pane(doc);
    const itemId = ITEM_ID.exec(location.pathname)?.[1];
    if (!root || !itemId) return null;
    const subject = root.querySelector('[role="heading"]')?.textContent?.trim() ?? '';
    const bodies = Array.from(root.querySelectorAll<HTMLElement>(BODY)).filter((body) => !body.parentElement?.closest(BODY));
    if (!subject || bodies.length === 0) return null;
    const items = bodies.map((body) => {
      const item = itemOf(body, root);
      const time = item.querySelector(DATE);
      return { body, item, date: parseShownDate(time?.getAttribute('datetime') ?? time?.getAttribute('title') ?? time?.textContent) };
    });
    const newest = items.reduce((best, next) => ((next.date ?? -Infinity) > (best.date ?? -Infinity) ? next : best));
    return {
      messageId: `${decodeURIComponent(itemId)}#${newest.date ?? items.indexOf(newest)}`,
      subject,
      ...sender(newest.item),
      date: newest.date,
      body: visibleText(newest.body),
      link: location.href,
    };
  },
};
