/**
 * While closed applications are hidden: how many, a way to show them, and the debriefs still
 * waiting (hiding rejections must not hide the help that comes with them).
 */
import { pendingDebriefs } from '../../db/debrief-repository';
import { useDb } from '../../ui/db-context';
import { plural } from '../../ui/format';
import { useLiveQuery } from '../../ui/use-live-query';
import { debriefPaths } from '../debrief/paths';
import { href } from '../nav';

export function ClosedHiddenNote({ hidden, onShow }: { hidden: number; onShow: () => void }) {
  const db = useDb();
  const waiting = useLiveQuery(() => pendingDebriefs(db), [db]);
  const first = waiting?.[0];
  return (
    <p class="closed-note" data-testid="closed-hidden-note">
      <span>
        {hidden === 0
          ? 'No closed applications to hide here.'
          : `${plural(hidden, 'closed application')} hidden.`}
      </span>{' '}
      {hidden > 0 ? (
        <button type="button" class="link-button" onClick={onShow}>
          Show them
        </button>
      ) : null}
      {first ? (
        <span class="closed-note__debrief">
          {' · '}
          {waiting.length === 1
            ? 'A debrief is waiting for you, whenever you’re ready: '
            : `${waiting.length} debriefs are waiting, whenever you’re ready: `}
          <a href={href(debriefPaths.debrief(first.application.id))}>
            {first.application.company ? `${first.application.company} debrief` : 'open it'}
          </a>
        </span>
      ) : null}
    </p>
  );
}
