/**
 * Shown right after an application is marked rejected (popup or options page): offers the debrief
 * now or later. "Later" keeps it pending; it waits in the popup's "Debriefs to do".
 */
import { useEffect } from 'preact/hooks';
import { ensureDebriefFor } from '../db/debrief-repository';
import { useDb } from './db-context';
import { openDebrief } from './open-debrief';
import './styles/debrief-bits.css';


interface Props {
  applicationId: string;
  company: string;
  /** Default: open the debrief page (in place on the options page, in a new tab from the popup). */
  onStart?: (applicationId: string) => void;
  /** Hide the offer; the debrief stays pending. */
  onLater: () => void;
  compact?: boolean;
}

export function OfferDebrief({ applicationId, company, onStart = openDebrief, onLater, compact }: Props) {
  const db = useDb();
  // Whoever marked it rejected may not have created the debrief: make sure it exists (idempotent).
  useEffect(() => {
    void ensureDebriefFor(db, applicationId).catch(() => undefined);
  }, [db, applicationId]);
  const name = company.trim();
  return (
    <div class={`offer-debrief${compact ? ' offer-debrief--compact' : ''}`} role="status">
      <p class="offer-debrief__text">
        <strong>{name ? `Sorry about ${name}.` : 'Sorry about this one.'}</strong> When you are ready, a short debrief
        can turn it into something useful: feedback to ask for, next steps, and what you want next time.
      </p>
      <div class="offer-debrief__actions">
        <button type="button" class="button button--primary" onClick={() => onStart(applicationId)}>
          Start the debrief now
        </button>
        <button type="button" class="button" onClick={onLater}>
          Later
        </button>
      </div>
    </div>
  );
}
