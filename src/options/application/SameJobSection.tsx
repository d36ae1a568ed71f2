/**
 * "Same job as…" on an application's page: when one job has two records (the toast's question was
 * dismissed or missed, or it was saved twice), pick the other one — most likely first, by company and
 * title (src/core/job-match.ts) — read what joining will do, confirm, and the two become this one
 * (src/db/join-repository.ts), with Undo for a few seconds.
 */
import { useEffect, useState } from 'preact/hooks';
import { joinCandidates } from '../../core/job-match';
import { laterStage } from '../../core/join-records';
import { STAGE_LABELS } from '../../core/stages';
import type { Application } from '../../core/types';
import { joinRecords, undoJoin } from '../../db/join-repository';
import { useDb } from '../../ui/db-context';
import { boardLabel, formatDayInSentence } from '../../ui/format';
import { useUndo } from '../../ui/UndoBar';

type Step = { kind: 'closed' } | { kind: 'pick' } | { kind: 'confirm'; other: Application };

/** "Greenhouse · Applied · saved 3 Dec": enough to tell two records of one job apart. */
function recordLine(app: Application): string {
  return [app.company, boardLabel(app.board), STAGE_LABELS[app.stage], `saved ${formatDayInSentence(app.savedAt)}`].filter(Boolean).join(' · ');
}

export function SameJobSection({ app }: { app: Application }) {
  const db = useDb();
  const { offerUndo } = useUndo();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [search, setSearch] = useState('');
  const [records, setRecords] = useState<Application[] | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // The other records are read only when the person opens the picker (never on the page's first render).
  useEffect(() => {
    if (step.kind !== 'pick' || records) return;
    db.applications.toArray().then(setRecords, () => setError('Your other applications couldn’t be read just now. Please try again.'));
  }, [step.kind, records, db]);

  const close = () => {
    setStep({ kind: 'closed' });
    setSearch('');
    setRecords(null);
    setError('');
  };

  const join = async (other: Application) => {
    setBusy(true);
    try {
      const joined = await joinRecords(db, app.id, other.id, { note: true });
      close();
      offerUndo(`Joined “${other.title || 'Untitled job'}” into this application.`, async () => {
        if (!(await undoJoin(db, joined))) throw new Error('Changed since the join');
      });
    } catch {
      setError('The two records weren’t joined; nothing changed. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  const candidates = records ? joinCandidates(app, records, search) : [];

  return (
    <section class="card same-job" aria-labelledby="same-job-title" data-testid="same-job">
      <h2 id="same-job-title">Same job as…</h2>
      {step.kind === 'closed' ? (
        <>
          <p class="muted">Found this job on one site and applied on another, or saved it twice? Join the two records into one.</p>
          <button type="button" class="button" onClick={() => setStep({ kind: 'pick' })}>
            Same job as…
          </button>
        </>
      ) : null}

      {step.kind === 'pick' ? (
        <div class="same-job__pick">
          <div class="field">
            <label class="field__label" for="same-job-search">
              Find the other record
            </label>
            <input
              id="same-job-search"
              class="input"
              type="search"
              value={search}
              placeholder="Company or job title"
              autocomplete="off"
              onInput={(event) => setSearch(event.currentTarget.value)}
            />
          </div>
          {records === null && !error ? <p class="muted">Looking…</p> : null}
          {records !== null && candidates.length === 0 ? (
            <p class="muted">
              {search.trim() ? `No other application matches “${search.trim()}”.` : 'No other application looks like this job. Search by company or title.'}
            </p>
          ) : null}
          {candidates.length > 0 ? (
            <>
              <p class="field__hint">{search.trim() ? 'Matching applications, the likeliest first:' : 'These look like the same job:'}</p>
              <ul class="same-job__list">
                {candidates.map((other) => (
                  <li key={other.id}>
                    <button type="button" class="same-job__choice" onClick={() => setStep({ kind: 'confirm', other })}>
                      <span class="same-job__title">{other.title || 'Untitled job'}</span>
                      <span class="same-job__meta">{recordLine(other)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div class="actions">
            <button type="button" class="button button--ghost" onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {step.kind === 'confirm' ? (
        <div class="same-job__confirm">
          <p>
            Join <strong>{step.other.title || 'Untitled job'}</strong> ({recordLine(step.other)}) into this application?
          </p>
          <ul class="same-job__what">
            <li>This application keeps its details; anything it lacks is taken from the other.</li>
            <li>Both links, both timelines, notes, contacts, interview rounds, tags, documents, the debrief and action items come here.</li>
            <li>
              It will be at <strong>{STAGE_LABELS[laterStage(app.stage, step.other.stage)]}</strong>, with the first saved and applied dates.
            </li>
            <li>The other record then goes. You can undo for a few seconds.</li>
          </ul>
          <div class="actions">
            <button type="button" class="button button--primary" disabled={busy} onClick={() => void join(step.other)} data-testid="same-job-confirm">
              Join them
            </button>
            <button type="button" class="button button--ghost" onClick={() => setStep({ kind: 'pick' })}>
              Back
            </button>
          </div>
        </div>
      ) : null}
      <p role="alert" class="same-job__error">
        {error}
      </p>
    </section>
  );
}
