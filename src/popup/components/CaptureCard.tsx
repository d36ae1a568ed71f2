/**
 * The current tab's job: what detection found, editable before saving; or, when the job is already in
 * the pipeline, its stage and its details, editable after saving. Saving goes through the background
 * (which dedupes); edits of a saved job go through the repository, like every other page's edits.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Application, JobDraft, PageKind, Stage } from '../../core/types';
import { findDuplicate, setStage, updateFields } from '../../db/repository';
import { useDb } from '../../ui/db-context';
import { BoardField, TextField, WorkModeField } from '../../ui/fields';
import { OfferDebrief } from '../../ui/OfferDebrief';
import { PreferenceReminder } from '../../ui/PreferenceReminder';
import { boardLabel, formatDayInSentence, WORK_MODE_LABELS } from '../../ui/format';
import { StageSelect } from '../../ui/StageSelect';
import { useLiveQueryState } from '../../ui/use-live-query';
import type { PopupServices } from '../services';

/** The fields the popup lets people correct: the ones detection most often gets slightly wrong. */
export type CardValues = Pick<
  JobDraft,
  'title' | 'company' | 'location' | 'salary' | 'employmentType' | 'workMode' | 'board'
>;

type Detection =
  | { status: 'loading' }
  | { status: 'unavailable'; reason: 'browser-page' | 'failed' }
  | { status: 'ready'; page: PageKind; draft: JobDraft };

function valuesOf(source: CardValues): CardValues {
  const { title, company, location, salary, employmentType, workMode, board } = source;
  return { title, company, location, salary, employmentType, workMode, board };
}

function trimmed(values: CardValues): CardValues {
  return {
    ...values,
    title: values.title.trim(),
    company: values.company.trim(),
    location: values.location.trim(),
    salary: values.salary.trim(),
    employmentType: values.employmentType.trim(),
  };
}

function isWebUrl(url: string | undefined): boolean {
  return url === undefined || /^https?:/i.test(url);
}

function useDetection(services: PopupServices): Detection {
  const [detection, setDetection] = useState<Detection>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const run = async (): Promise<Detection> => {
      const tab = await services.activeTab();
      if (!tab || !isWebUrl(tab.url)) return { status: 'unavailable', reason: 'browser-page' };
      const reply = await services.detect(tab.id);
      return reply.ok ? { status: 'ready', ...reply.value } : { status: 'unavailable', reason: 'failed' };
    };
    run()
      .catch((): Detection => ({ status: 'unavailable', reason: 'failed' }))
      .then((result) => live && setDetection(result));
    return () => {
      live = false;
    };
  }, [services]);
  return detection;
}

export function CaptureCard({ services }: { services: PopupServices }) {
  const db = useDb();
  const detection = useDetection(services);
  const draft = detection.status === 'ready' ? detection.draft : undefined;
  /** Once saved here, follow that record by id (the background may have matched it differently). */
  const [savedId, setSavedId] = useState<string | null>(null);
  const { value: found } = useLiveQueryState(async (): Promise<Application | null> => {
    if (savedId) return (await db.applications.get(savedId)) ?? null;
    return draft ? ((await findDuplicate(db, draft)) ?? null) : null;
  }, [db, draft, savedId]);
  // Switching the query to the saved id must not flash "Looking…" (it would drop the form's state).
  const lastFound = useRef<Application | null | undefined>(undefined);
  if (found !== undefined) lastFound.current = found;
  const existing = lastFound.current;

  if (detection.status === 'loading' || (draft && existing === undefined)) {
    return (
      <section class="card capture capture--loading" aria-busy="true" aria-label="This page">
        <p class="muted">Looking at this page…</p>
      </section>
    );
  }
  if (detection.status === 'unavailable') {
    return (
      <section class="card capture capture--quiet" aria-label="This page">
        <p class="capture__quiet-title">Nothing to save on this page</p>
        <p class="muted">
          {detection.reason === 'browser-page'
            ? 'This is one of the browser’s own pages. Open a job posting, then press the Rebound button to save it.'
            : 'Rebound can’t read this page — some pages are off limits to extensions. On a job posting, you can save it from here.'}
        </p>
      </section>
    );
  }
  return (
    <CaptureForm
      services={services}
      page={detection.page}
      draft={detection.draft}
      existing={existing ?? null}
      onSaved={setSavedId}
    />
  );
}

interface FormProps {
  services: PopupServices;
  page: PageKind;
  draft: JobDraft;
  existing: Application | null;
  onSaved: (id: string) => void;
}

function CaptureForm({ services, page, draft, existing, onSaved }: FormProps) {
  const db = useDb();
  const source: CardValues = existing ?? draft;
  const [values, setValues] = useState<CardValues>(() => valuesOf(source));
  const [dirty, setDirty] = useState(false);
  /** The fields the person changed since the card last followed the record: the only ones an edit sends. */
  const [touched, setTouched] = useState<ReadonlySet<keyof CardValues>>(() => new Set());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [titleError, setTitleError] = useState('');
  const [editing, setEditing] = useState(false);
  const [resets, setResets] = useState(0);
  /** Just marked rejected here: offer the debrief in the card (as the recent list does). */
  const [offerDebrief, setOfferDebrief] = useState(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  // Follow the record (or the detected draft) while the person has not started typing.
  const sourceKey = existing ? `${existing.id}:${existing.updatedAt}` : 'draft';
  useEffect(() => {
    if (!dirtyRef.current) setValues(valuesOf(source));
  }, [sourceKey, resets]);

  const set = <K extends keyof CardValues>(key: K) => (value: CardValues[K]) => {
    // At once, not at the next render: an effect still waiting to run (effects wait for a paint, late
    // in a throttled tab) must see that typing has started, or it would put the detected values back.
    dirtyRef.current = true;
    setValues((current) => ({ ...current, [key]: value }));
    setTouched((current) => new Set(current).add(key));
    setDirty(true);
    setStatus(null);
    if (key === 'title') setTitleError('');
  };

  const save = async (stage: 'saved' | 'applied') => {
    const clean = trimmed(values);
    if (!clean.title) {
      setTitleError('Add a job title so you can find this later.');
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const reply = await services.save({ ...draft, ...clean }, stage);
      // Only a page's own captures are ever answered with a question; the popup's save is the person's.
      if (reply.ok && !('question' in reply.value)) {
        onSaved(reply.value.applicationId);
        setDirty(false);
        setTouched(new Set());
        setResets((n) => n + 1);
        setStatus({
          tone: 'ok',
          text: reply.value.created
            ? stage === 'applied'
              ? 'Saved as applied. Well done for sending it.'
              : 'Saved to your pipeline.'
            : 'You had this one already — it’s up to date now.',
        });
      } else if (!reply.ok) {
        setStatus({ tone: 'error', text: `That didn’t save. ${reply.error}` });
      }
    } catch {
      setStatus({ tone: 'error', text: 'That didn’t save — Rebound didn’t answer. Please try again.' });
    } finally {
      setBusy(false);
    }
  };

  const saveEdits = async () => {
    if (!existing) return;
    const clean = trimmed(values);
    if (touched.has('title') && !clean.title) {
      setTitleError('A title helps you find this later.');
      return;
    }
    // Only what was changed here: the options page may have changed the other fields meanwhile.
    const patch: Partial<CardValues> = Object.fromEntries([...touched].map((key) => [key, clean[key]]));
    setBusy(true);
    try {
      await updateFields(db, existing.id, patch, 'popup');
      setDirty(false);
      setTouched(new Set());
      setResets((n) => n + 1);
      setStatus({ tone: 'ok', text: 'Changes saved.' });
      setEditing(false);
    } catch {
      setStatus({ tone: 'error', text: 'Those changes didn’t save. Please try again.' });
    } finally {
      setBusy(false);
    }
  };

  const changeStage = (stage: Stage) => {
    if (!existing) return;
    setStage(db, existing.id, stage, 'popup')
      .then(() => {
        setOfferDebrief(stage === 'rejected');
        // The offer speaks for itself after a rejection; a cheerful "updated" would jar beside it.
        setStatus(stage === 'rejected' ? null : { tone: 'ok', text: 'Stage updated.' });
      })
      .catch(() => setStatus({ tone: 'error', text: 'The stage didn’t change. Please try again.' }));
  };

  const fields = (
    <div class="field-grid">
      <TextField label="Job title" name="title" value={values.title} onInput={set('title')} error={titleError} wide />
      <TextField label="Company" name="company" value={values.company} onInput={set('company')} />
      <TextField label="Location" name="location" value={values.location} onInput={set('location')} />
      {/* A full row: "EUR 60,000–75,000" does not fit half the popup. */}
      <TextField label="Salary" name="salary" value={values.salary} onInput={set('salary')} wide />
      <WorkModeField value={values.workMode} onChange={set('workMode')} />
      <TextField
        label="Employment type"
        name="employmentType"
        value={values.employmentType}
        onInput={set('employmentType')}
      />
      <BoardField value={values.board} onChange={set('board')} />
    </div>
  );

  const statusLine = (
    <p class={`capture__status${status?.tone === 'error' ? ' capture__status--error' : ''}`} role="status">
      {status?.text ?? ''}
    </p>
  );

  if (existing) {
    const name = existing.title || 'Untitled job';
    const facts = [
      existing.location,
      existing.workMode ? WORK_MODE_LABELS[existing.workMode] : '',
      existing.salary,
      existing.board ? boardLabel(existing.board) : '',
    ].filter(Boolean);
    return (
      <section class="card capture capture--saved" aria-labelledby="capture-title">
        <p class="capture__eyebrow">
          <span class="tick" aria-hidden="true">
            ✓
          </span>{' '}
          In your pipeline · saved {formatDayInSentence(existing.savedAt)}
        </p>
        <div class="capture__saved-head">
          <div class="capture__saved-text">
            <h1 class="capture__title" id="capture-title">
              {name}
            </h1>
            {existing.company ? <p class="capture__company">{existing.company}</p> : null}
          </div>
          <StageSelect stage={existing.stage} label={`Stage of ${name}`} onChange={changeStage} />
        </div>
        {offerDebrief && existing.stage === 'rejected' ? (
          <OfferDebrief compact applicationId={existing.id} company={existing.company} onLater={() => setOfferDebrief(false)} />
        ) : null}
        {facts.length > 0 && !editing ? <p class="capture__facts">{facts.join(' · ')}</p> : null}
        {editing ? (
          <form
            class="capture__form"
            onSubmit={(event) => {
              event.preventDefault();
              void saveEdits();
            }}
          >
            {fields}
            <div class="actions">
              <button type="submit" class="button button--primary" disabled={busy || !dirty}>
                Save changes
              </button>
              <button
                type="button"
                class="button button--ghost"
                onClick={() => {
                  setDirty(false);
                  setTouched(new Set());
                  setEditing(false);
                  setTitleError('');
                  setResets((n) => n + 1);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div class="actions">
            <button type="button" class="button" onClick={() => (setEditing(true), setStatus(null))}>
              Edit details
            </button>
            <button type="button" class="link-button" onClick={() => services.openPipeline(existing.id)}>
              Notes &amp; timeline
            </button>
          </div>
        )}
        {statusLine}
      </section>
    );
  }

  const appliedPage = page === 'confirmation' || page === 'application';
  const intro =
    page === 'confirmation'
      ? 'Looks like you just applied — nice work. Check the details and record it.'
      : page === 'posting' || page === 'application'
        ? 'Check the details, then save. You can change them later too.'
        : 'This page doesn’t look like a single job posting, but you can still save it.';
  return (
    <section class="card capture" aria-labelledby="capture-title">
      <h1 class="capture__heading" id="capture-title">
        This page
      </h1>
      <p class="muted capture__intro">{intro}</p>
      <form
        class="capture__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save(appliedPage ? 'applied' : 'saved');
        }}
      >
        {fields}
        <div class={`actions${appliedPage ? ' actions--reverse' : ''}`}>
          <button
            type="button"
            class={`button ${appliedPage ? '' : 'button--primary'}`}
            disabled={busy}
            onClick={() => void save('saved')}
          >
            Save this job
          </button>
          <button
            type="button"
            class={`button ${appliedPage ? 'button--primary' : ''}`}
            disabled={busy}
            onClick={() => void save('applied')}
          >
            I applied to this
          </button>
        </div>
      </form>
      {/* What the debriefs taught, to weigh this posting against (the debrief promises it shows here).
          Not once they have applied: then it is too late to help decide. */}
      {page === 'confirmation' ? null : <PreferenceReminder limit={3} />}
      {statusLine}
    </section>
  );
}
