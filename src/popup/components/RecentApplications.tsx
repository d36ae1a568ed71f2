import { useEffect, useState } from 'preact/hooks';
import { setStage } from '../../db/repository';
import type { Stage } from '../../core/types';
import { useDb } from '../../ui/db-context';
import { formatDay } from '../../ui/format';
import { markFirstRender } from '../../ui/first-render';
import { PopupSection } from '../../ui/PopupSection';
import { OfferDebrief } from '../../ui/OfferDebrief';
import { StageSelect } from '../../ui/StageSelect';
import { useLiveQueryState } from '../../ui/use-live-query';

export const RECENT_COUNT = 5;

/** The last few applications touched, each one stage change away. */
export function RecentApplications({ onOpen }: { onOpen: (id: string) => void }) {
  const db = useDb();
  /** The application just marked rejected, offered a debrief right here. */
  const [offerFor, setOfferFor] = useState<string | null>(null);
  const { value: recent } = useLiveQueryState(
    () => db.applications.orderBy('updatedAt').reverse().limit(RECENT_COUNT).toArray(),
    [db],
  );
  // The popup's first screen with data: what the UI benchmark (scripts/lib/bench-ui.ts) times.
  useEffect(() => {
    if (recent) markFirstRender();
  }, [recent !== undefined]);
  if (!recent) return null;
  if (recent.length === 0) {
    return (
      <p class="empty-note">
        Your pipeline is empty for now. Open a job posting and press Save — Rebound keeps it here, only on this
        computer.
      </p>
    );
  }
  const change = (id: string, stage: Stage) => {
    // The list re-renders from the database; a failure (record deleted elsewhere) just leaves it as is.
    setStage(db, id, stage, 'popup')
      .then(() => setOfferFor(stage === 'rejected' ? id : null))
      .catch(() => {});
  };
  return (
    <PopupSection title="Recent">
      <ul class="recent">
        {recent.map((app) => {
          const name = app.title || 'Untitled job';
          return (
            <li key={app.id} class="recent__item">
              <div class="recent__text">
                <button type="button" class="recent__title link-button" onClick={() => onOpen(app.id)}>
                  {name}
                </button>
                <span class="recent__meta">
                  {[app.company, formatDay(app.updatedAt)].filter(Boolean).join(' · ')}
                </span>
              </div>
              <StageSelect
                compact
                stage={app.stage}
                label={`Stage of ${name}${app.company ? ` at ${app.company}` : ''}`}
                onChange={(stage) => change(app.id, stage)}
              />
              {offerFor === app.id ? (
                <OfferDebrief compact applicationId={app.id} company={app.company} onLater={() => setOfferFor(null)} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </PopupSection>
  );
}
