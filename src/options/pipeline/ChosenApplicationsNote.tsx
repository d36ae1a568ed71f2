/**
 * Above the pipeline when a reminder opened it narrowed to a few applications (#/list?ids=…): says
 * why only these show, offers to mark the ones still waiting as "No response" in one go (with Undo),
 * and lets the person go back to the whole pipeline.
 */
import { useState } from 'preact/hooks';
import { setStageMany, undoStageChanges } from '../../db/repository';
import { useDb } from '../../ui/db-context';
import { plural } from '../../ui/format';
import { useUndo } from '../../ui/UndoBar';
import { stillAwaitingReply } from './list-query';
import type { PipelineRow } from './pipeline-row';

interface Props {
  /** The applications the link named that are in the pipeline (loaded so far). */
  rows: readonly PipelineRow[];
  /** False while older applications are still loading: some named ones may not be here yet. */
  complete: boolean;
  /** Back to the whole pipeline. */
  onDismiss: () => void;
}

function noteText(shown: number, waiting: number, complete: boolean): string {
  if (shown === 0) {
    return complete
      ? 'The applications from your reminder aren’t in your pipeline any more.'
      : 'Looking for the applications from your reminder…';
  }
  const them = waiting === 1 ? 'it' : 'them';
  const offer = `you can mark ${them} as No response. It tidies your view, and you can move ${them} back if they write.`;
  if (waiting === shown) return `Showing ${plural(shown, 'application')} you haven’t heard from in a while — ${offer}`;
  if (waiting > 0) {
    return `Showing the ${plural(shown, 'application')} from your reminder. ${waiting.toLocaleString()} of them ${waiting === 1 ? 'is' : 'are'} still waiting on a reply — ${offer}`;
  }
  return `Showing the ${plural(shown, 'application')} from your reminder.`;
}

export function ChosenApplicationsNote({ rows, complete, onDismiss }: Props) {
  const db = useDb();
  const { offerUndo } = useUndo();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const waiting = stillAwaitingReply(rows);

  const markAll = async () => {
    setBusy(true);
    setStatus(null);
    const at = Date.now();
    try {
      const changed = await setStageMany(db, waiting.map((row) => row.id), 'no_response', 'options', at);
      const count = plural(changed.length, 'application');
      setStatus({
        tone: 'ok',
        text: `Marked ${count} as No response. ${
          changed.length === 1 ? 'If they write after all' : 'If one of them writes after all'
        }, you can change the stage back any time.`,
      });
      if (changed.length > 0) offerUndo(`Marked ${count} as No response.`, () => undoStageChanges(db, changed, at));
    } catch {
      setStatus({ tone: 'error', text: 'That didn’t change. Nothing is lost — please try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="chosen-note" aria-label="About these applications" data-testid="chosen-note">
      <div class="chosen-note__body">
        <p class="chosen-note__text">
          {noteText(rows.length, waiting.length, complete)}
        </p>
        <div class="chosen-note__actions">
          {waiting.length > 0 ? (
            <button type="button" class="button button--primary" disabled={busy} onClick={() => void markAll()}>
              {waiting.length === rows.length ? 'Mark all as No response' : `Mark these ${waiting.length} as No response`}
            </button>
          ) : null}
          <button type="button" class="button" onClick={onDismiss}>
            Show your whole pipeline
          </button>
        </div>
        {/* Success is announced by the undo bar; only a failure needs announcing here (an alert is read when it appears). */}
        {status ? (
          <p class={`chosen-note__status chosen-note__status--${status.tone}`} role={status.tone === 'error' ? 'alert' : undefined}>
            {status.text}
          </p>
        ) : null}
      </div>
      <button type="button" class="icon-button chosen-note__close" aria-label="Dismiss this note and show your whole pipeline" onClick={onDismiss}>
        ×
      </button>
    </section>
  );
}
