/**
 * Delete everything, behind a clear confirmation: the user types "delete". It suggests a backup
 * first, with the button right there.
 */
import { useState } from 'preact/hooks';
import type { ReboundDb } from '../../db/schema';
import { deleteEverything } from '../../db/transfer';
import { exportJson } from './ExportSection';
import { downloadText } from './download';

const CONFIRM_WORD = 'delete';

export function DeleteEverything({ db }: { db: ReboundDb }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const confirmed = typed.trim().toLowerCase() === CONFIRM_WORD;

  const backup = async () => {
    const { text, fileName } = await exportJson(db);
    downloadText(text, fileName, 'application/json');
    setStatus(`Your backup is downloading as ${fileName}.`);
  };

  const remove = async () => {
    if (!confirmed) return;
    setBusy(true);
    try {
      await deleteEverything(db);
      setOpen(false);
      setTyped('');
      setStatus('Everything is deleted. A fresh start — whenever you are ready.');
    } catch {
      setStatus('Nothing could be deleted just now; your data is as it was. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card data-section data-section--danger" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete everything</h2>
      <p>
        Removes every application, timeline, debrief, action item and preference Rebound keeps in this browser. Your
        settings stay as they are.
      </p>
      {open ? (
        <div class="delete-confirm">
          <p>
            <strong>This cannot be undone.</strong> If there is any chance you’ll want this back, download a backup
            first.
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={() => void backup()}>
              Download a backup first
            </button>
          </div>
          <div class="field">
            <label class="field__label" for="delete-confirm-word">
              To delete everything, type “{CONFIRM_WORD}”
            </label>
            <input
              id="delete-confirm-word"
              class="input delete-confirm__input"
              value={typed}
              autocomplete="off"
              onInput={(e) => setTyped(e.currentTarget.value)}
              data-testid="delete-confirm-word"
            />
          </div>
          <div class="actions">
            <button type="button" class="button button--danger" disabled={!confirmed || busy} onClick={() => void remove()} data-testid="delete-confirm">
              Delete everything now
            </button>
            <button type="button" class="button button--ghost" onClick={() => (setOpen(false), setTyped(''))}>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button button--danger" onClick={() => setOpen(true)} data-testid="delete-start">
            Delete everything…
          </button>
        </div>
      )}
      <p role="status" class="data-section__status">
        {status}
      </p>
    </section>
  );
}
