/**
 * The popup's "Debriefs to do": rejections waiting for a debrief, newest first. Renders nothing when
 * there are none. Self-contained: mount it in the popup's debriefs slot (src/popup/sections.ts).
 */
import { pendingDebriefs } from '../db/debrief-repository';
import { useDb } from '../ui/db-context';
import { openDebrief } from '../ui/open-debrief';
import { PopupSection } from '../ui/PopupSection';
import { useLiveQuery } from '../ui/use-live-query';
import './pending-debriefs.css';

interface Props {
  title?: string;
  /** Default: open the debrief in the options page. */
  onOpen?: (applicationId: string) => void;
  limit?: number;
}

export function PendingDebriefs({ title = 'Debriefs to do', onOpen = openDebrief, limit = 3 }: Props) {
  const db = useDb();
  const pending = useLiveQuery(() => pendingDebriefs(db), [db]);
  if (!pending || pending.length === 0) return null;
  const shown = pending.slice(0, limit);
  const more = pending.length - shown.length;
  return (
    <PopupSection title={title}>
      <ul class="pending-debriefs">
        {shown.map(({ debrief, application }) => {
          const company = application.company.trim() || application.title.trim() || 'an application';
          return (
            <li key={debrief.id} class="pending-debrief">
              <button type="button" class="link-button pending-debrief__open" onClick={() => onOpen(application.id)}>
                Debrief to do: {company}
              </button>
              <span class="pending-debrief__when">
                {debrief.status === 'in_progress' ? 'pick up where you left off' : 'when you’re ready'}
              </span>
            </li>
          );
        })}
      </ul>
      {more > 0 ? <p class="pending-debriefs__more">and {more} more in your pipeline</p> : null}
    </PopupSection>
  );
}
