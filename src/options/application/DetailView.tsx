/**
 * One application: every editable field, its stage, its timeline, a link to the posting, and Delete
 * with Undo. Deep-linked as #/app/<id> (notifications and toasts open it there).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Application, Stage } from '../../core/types';
import { deleteApplication, EDITABLE_FIELDS, restoreApplication, setStage, timeline, updateFields, type EditableField } from '../../db/repository';
import { useDb } from '../../ui/db-context';
import { BoardField, SelectField, WorkModeField } from '../../ui/fields';
import { FieldRows, type FieldRow } from '../../ui/field-rows';
import { EXCITEMENT_LABELS, EXCITEMENT_LEVELS } from '../../core/job-details';
import { changedFields, dateErrors, formValues, patchFrom, type FormValues } from './detail-form';
import { OfferDebrief } from '../../ui/OfferDebrief';
import { FIELD_LABELS, formatDayInSentence, safeHttpUrl } from '../../ui/format';
import { OtherAddresses } from './OtherAddresses';
import { StageSelect } from '../../ui/StageSelect';
import { useUndo } from '../../ui/UndoBar';
import { useLiveQuery } from '../../ui/use-live-query';
import { href, navigate, paths } from '../nav';
import type { RouteParams } from '../router';
import { debriefPaths } from '../debrief/paths';
import { Timeline } from './Timeline';
import { DebriefCard } from './DebriefCard';
import { ContactsSection } from './ContactsSection';
import { InterviewsSection } from './InterviewsSection';
import { SameJobSection } from './SameJobSection';

/** The posting's own details, in the order the form shows them (labels from FIELD_LABELS). */
const JOB_FIELDS: FieldRow<FormValues>[] = [
  { key: 'title', wide: true },
  { key: 'company' },
  { key: 'location' },
  { key: 'workMode', control: (value, onChange) => <WorkModeField value={value} onChange={onChange} /> },
  { key: 'salary' },
  { key: 'employmentType' },
  { key: 'board', control: (value, onChange) => <BoardField value={value} onChange={onChange} /> },
  { key: 'jobId' },
  { key: 'postingUrl', type: 'url', wide: true },
];

const EXCITEMENT_OPTIONS = [
  { value: '', label: 'Not said' },
  ...EXCITEMENT_LEVELS.map((level) => ({ value: String(level), label: `${level} — ${EXCITEMENT_LABELS[level]}` })),
];

/** What only the person knows: tags, how excited, what they sent, and dates they can correct. */
const OWN_FIELDS: FieldRow<FormValues>[] = [
  { key: 'tags', hint: 'Separate tags with commas, e.g. referral, remote, fintech.', wide: true },
  {
    key: 'excitement',
    control: (value, onChange) => (
      <SelectField label={FIELD_LABELS.excitement} name="excitement" value={value} options={EXCITEMENT_OPTIONS} onChange={onChange} />
    ),
  },
  { key: 'deadline', type: 'date' },
  { key: 'resumeVersion', placeholder: 'e.g. Résumé v3 (data focus)' },
  { key: 'coverLetterVersion', placeholder: 'e.g. Cover letter for fintech' },
  { key: 'savedAt', type: 'date' },
  // Left out while the job is only saved.
  { key: 'appliedAt', type: 'date', hint: 'Correct it if you applied before Rebound noticed.' },
  { key: 'notes', rows: 4, hint: 'Only you see these: who you spoke to, what to follow up on.' },
  { key: 'description', rows: 8 },
];

export function DetailView({ params }: { params: RouteParams }) {
  const id = params.id ?? '';
  const db = useDb();
  const app = useLiveQuery(async () => (await db.applications.get(id)) ?? null, [db, id]);

  useEffect(() => {
    if (app) document.title = `${app.title || 'Untitled job'} · Rebound`;
  }, [app?.title]);

  if (app === undefined) return <p class="muted loading">Opening…</p>;
  if (app === null) {
    return (
      <div class="card empty-state">
        <h1 tabIndex={-1}>This application isn’t here any more</h1>
        <p class="muted">It may have been deleted. Everything else in your pipeline is safe.</p>
        <a class="button button--primary" href={href(paths.list())}>
          Back to your pipeline
        </a>
      </div>
    );
  }
  return <Detail app={app} />;
}

function Detail({ app }: { app: Application }) {
  const db = useDb();
  const { offerUndo } = useUndo();
  const events = useLiveQuery(() => timeline(db, app.id), [db, app.id]);
  const [values, setValues] = useState<FormValues>(() => formValues(app));
  /** The record the form was last in step with: fields the person hasn't touched follow new versions. */
  const base = useRef(app);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  /** Just marked rejected here: offer the debrief right away (it also waits, pending, in the popup). */
  const [offerDebrief, setOfferDebrief] = useState(false);

  useEffect(() => {
    const previous = base.current;
    base.current = app;
    if (previous === app) return;
    const was = formValues(previous);
    const now = formValues(app);
    setValues((current) => {
      const next = { ...current } as Record<EditableField, unknown>;
      for (const field of EDITABLE_FIELDS) if (current[field] === was[field]) next[field] = now[field];
      return next as FormValues;
    });
  }, [app]);

  const changed = changedFields(values, app);
  const urlError =
    values.postingUrl.trim() && !safeHttpUrl(values.postingUrl.trim())
      ? 'Use a web address starting with https:// (or leave it empty).'
      : '';
  const titleError = values.title.trim() ? '' : 'A title helps you find this later.';
  const dates = dateErrors(values, app);
  const errors = { ...dates, title: titleError, postingUrl: urlError };

  const set = <K extends EditableField>(key: K) => (value: FormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setStatus(null);
  };

  const save = async () => {
    if (urlError || titleError || Object.keys(dates).length > 0) {
      setStatus({ tone: 'error', text: 'Please check the highlighted field.' });
      return;
    }
    setBusy(true);
    try {
      await updateFields(db, app.id, patchFrom(values, app, changed), 'options');
      setStatus({ tone: 'ok', text: 'Saved.' });
    } catch {
      setStatus({ tone: 'error', text: 'That didn’t save. Please try again.' });
    } finally {
      setBusy(false);
    }
  };

  const changeStage = (stage: Stage) => {
    setStage(db, app.id, stage, 'options')
      .then(() => setOfferDebrief(stage === 'rejected'))
      .catch(() => setStatus({ tone: 'error', text: 'The stage didn’t change. Please try again.' }));
  };

  const remove = async () => {
    const deleted = await deleteApplication(db, app.id);
    navigate(paths.list());
    if (deleted) {
      offerUndo(`Deleted “${deleted.application.title || 'Untitled job'}”.`, () => restoreApplication(db, deleted));
    }
  };

  const postingHref = safeHttpUrl(app.postingUrl);
  const name = app.title || 'Untitled job';
  const subtitle = [app.company, app.location].filter(Boolean).join(' · ');

  return (
    <article class="detail">
      <a class="back-link" href={href(paths.list())}>
        <span aria-hidden="true">←</span> All applications
      </a>
      <header class="detail__head">
        <div class="detail__heading">
          <h1 tabIndex={-1}>{name}</h1>
          {subtitle ? <p class="detail__subtitle">{subtitle}</p> : null}
          <p class="detail__dates muted">
            Saved {formatDayInSentence(app.savedAt)}
            {app.appliedAt ? ` · applied ${formatDayInSentence(app.appliedAt)}` : ''}
          </p>
          <OtherAddresses urls={app.otherUrls} postingUrl={app.postingUrl} />
        </div>
        <div class="detail__actions">
          <div class="field">
            <label class="field__label" for="detail-stage">
              Stage
            </label>
            <StageSelect id="detail-stage" stage={app.stage} label="Stage" onChange={changeStage} />
          </div>
          {postingHref ? (
            <a class="button" href={postingHref} target="_blank" rel="noopener noreferrer">
              View the posting <span aria-hidden="true">↗</span>
            </a>
          ) : null}
        </div>
      </header>
      {offerDebrief && app.stage === 'rejected' ? (
        <OfferDebrief
          applicationId={app.id}
          company={app.company}
          onStart={(id) => navigate(debriefPaths.debrief(id))}
          onLater={() => setOfferDebrief(false)}
        />
      ) : null}

      <div class="detail__body">
        <form
          class="card detail__form"
          noValidate
          aria-labelledby="details-title"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h2 id="details-title">Details</h2>
          <div class="field-grid field-grid--wide">
            <FieldRows rows={JOB_FIELDS} values={values} set={set} errors={errors} labels={FIELD_LABELS} />
          </div>
          <h3 class="detail__group">Your own details</h3>
          <div class="field-grid field-grid--wide">
            <FieldRows
              rows={app.stage === 'saved' ? OWN_FIELDS.filter((row) => row.key !== 'appliedAt') : OWN_FIELDS}
              values={values}
              set={set}
              errors={errors}
              labels={FIELD_LABELS}
            />
          </div>
          <div class="form-footer">
            <button type="submit" class="button button--primary" disabled={busy || changed.length === 0}>
              Save changes
            </button>
            {changed.length > 0 ? (
              <button type="button" class="button button--ghost" onClick={() => setValues(formValues(app))}>
                Discard changes
              </button>
            ) : null}
            <p class={`form-status${status?.tone === 'error' ? ' form-status--error' : ''}`} role="status">
              {status?.text ?? (changed.length > 0 ? 'You have unsaved changes.' : '')}
            </p>
          </div>
        </form>

        <aside class="detail__side">
          <DebriefCard app={app} />
          <InterviewsSection app={app} />
          <ContactsSection app={app} />
          <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <Timeline events={events} />
          </section>
          <SameJobSection app={app} />
          <section class="card danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">Remove</h2>
            <p class="muted">Deleting removes this application and its timeline. You can undo for a few seconds.</p>
            <button type="button" class="button button--danger" onClick={() => void remove()}>
              Delete application
            </button>
          </section>
        </aside>
      </div>
    </article>
  );
}
