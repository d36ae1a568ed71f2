import { isMailLink } from '../../core/reply/providers';
import type { TimelineEvent } from '../../core/types';
import { formatDateTime } from '../../ui/format';
import { describeEvent, newestFirst, sourcePhrase } from './timeline-text';

export function Timeline({ events }: { events: TimelineEvent[] | undefined }) {
  if (!events) return <p class="muted">Loading…</p>;
  if (events.length === 0) return <p class="muted">Nothing recorded yet.</p>;
  return (
    <ol class="timeline" data-testid="timeline">
      {newestFirst(events).map((event) => (
        <li key={event.id ?? `${event.at}-${event.kind}`} class={`timeline__item timeline__item--${event.kind}`}>
          <span class="timeline__what">{describeEvent(event)}</span>
          <span class="timeline__when">
            <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at)}</time>
            {event.source ? ` · ${sourcePhrase(event.source)}` : ''}
          </span>
          {event.reply && isMailLink(event.reply.link) ? (
            <a class="timeline__link" href={event.reply.link} target="_blank" rel="noreferrer noopener">
              Open the email
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
