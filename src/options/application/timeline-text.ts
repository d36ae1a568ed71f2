/** One timeline event as a sentence: "Moved from Applied to Interviewing", "Saved from the popup". */
import { siteLabel } from '../../core/site-labels';
import { STAGE_LABELS } from '../../core/stages';
import type { EventSource, TimelineEvent } from '../../core/types';
import { FIELD_LABELS } from '../../ui/format';

const SOURCE_PHRASES: Record<EventSource, string> = {
  popup: 'from the toolbar popup',
  shortcut: 'with the keyboard shortcut',
  'context-menu': 'from the right-click menu',
  auto: 'automatically',
  options: 'in your pipeline',
  import: 'by import',
  email: 'from an email you opened',
};

export function sourcePhrase(source: EventSource | undefined): string {
  return source ? SOURCE_PHRASES[source] : '';
}

function fieldNames(detail: string | undefined): string {
  if (!detail) return 'details';
  const names = detail
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean)
    .map((field) => (FIELD_LABELS as Record<string, string>)[field]?.toLowerCase() ?? field);
  if (names.length <= 1) return names[0] ?? 'details';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function describeEvent(event: TimelineEvent): string {
  switch (event.kind) {
    case 'captured': {
      const from = siteLabel(event.site);
      return (event.detail === 'Saved again' ? 'Saved again' : 'Saved') + (from ? ` from ${from}` : '');
    }
    case 'applied': {
      // One job across sites: "Saved from LinkedIn", then "Applied on Greenhouse (was Saved)".
      const on = siteLabel(event.site);
      if (on) return `Applied on ${on}` + (event.from ? ` (was ${STAGE_LABELS[event.from]})` : '');
      return event.from ? `Marked as applied (was ${STAGE_LABELS[event.from]})` : 'Saved as applied';
    }
    case 'stage':
      return event.from && event.to
        ? `Moved from ${STAGE_LABELS[event.from]} to ${STAGE_LABELS[event.to]}`
        : `Moved to ${event.to ? STAGE_LABELS[event.to] : 'a new stage'}`;
    case 'edit':
      return `Edited ${fieldNames(event.detail)}`;
    case 'note':
      return event.detail ? `Note: ${event.detail}` : 'Note added';
    case 'contact':
      return event.detail || 'Contacts updated';
    case 'interview':
      return event.detail || 'Interview rounds updated';
    case 'reply':
      return replyText(event);
    case 'joined':
      return event.detail ? `Joined with ${event.detail}` : 'Joined with another record of this job';
  }
}

const REPLY_WORDS: Record<NonNullable<TimelineEvent['reply']>['label'], string> = {
  rejection: 'a rejection',
  offer: 'an offer',
  interview: 'an interview invitation',
  assessment: 'an assessment',
  acknowledgement: 'an acknowledgement',
};

/** "Reply by email: a rejection — “Your application to Acme” — “we have decided to …”". */
function replyText(event: TimelineEvent): string {
  const reply = event.reply;
  if (!reply) return event.detail || 'Reply by email';
  const parts = [`Reply by email: ${REPLY_WORDS[reply.label]}`];
  if (reply.subject) parts.push(`“${reply.subject}”`);
  if (reply.sentence) parts.push(`“${reply.sentence}”`);
  return parts.join(' — ');
}

/** Newest first; events at the same moment keep the order they were written in, reversed. */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}
