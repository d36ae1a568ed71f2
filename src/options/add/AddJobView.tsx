/**
 * Add a job by hand (#/add): a referral, a lead from an email, an application sent before Rebound.
 * Only a title or a company is needed; the rest can wait. Reached from the pipeline and the popup.
 */
import { useEffect, useState } from 'preact/hooks';
import { dayStart, isoDay } from '../../core/days';
import { STAGE_LABELS } from '../../core/stages';
import { STAGES, type Stage } from '../../core/types';
import { addByHand, type HandAddedJob } from '../../db/add-by-hand';
import { useDb } from '../../ui/db-context';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { href, navigate, paths } from '../nav';

const EMPTY: Omit<HandAddedJob, 'appliedAt'> & { appliedOn: string } = {
  title: '',
  company: '',
  location: '',
  link: '',
  stage: 'applied',
  appliedOn: isoDay(Date.now()),
  notes: '',
  tags: '',
};

export function AddJobView() {
  const db = useDb();
  const [job, setJob] = useState(EMPTY);
  const [error, setError] = useState('');
  const [already, setAlready] = useState<{ id: string; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = 'Add a job · Rebound';
  }, []);

  const set = <K extends keyof typeof EMPTY>(key: K) => (value: (typeof EMPTY)[K]) => {
    setJob((current) => ({ ...current, [key]: value }));
    setError('');
    setAlready(null);
  };

  const submit = async () => {
    const appliedAt = job.stage === 'saved' ? null : dayStart(job.appliedOn);
    if (job.stage !== 'saved' && job.appliedOn && appliedAt === null) {
      setError('Please choose the day you applied from the calendar.');
      return;
    }
    setBusy(true);
    try {
      // A day chosen means that day (at noon, the middle of it); today means now.
      const today = dayStart(isoDay(Date.now()));
      const at = appliedAt === null || appliedAt === today ? null : appliedAt + 12 * 3_600_000;
      const result = await addByHand(db, { ...job, appliedAt: at }, 'options');
      if (result.created) navigate(paths.application(result.application.id));
      else setAlready({ id: result.application.id, title: result.application.title || 'this job' });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'That didn’t save. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="add-job">
      <a class="back-link" href={href(paths.list())}>
        <span aria-hidden="true">←</span> All applications
      </a>
      <h1 tabIndex={-1}>Add a job by hand</h1>
      <p class="muted">For a referral, a lead from an email, or an application you sent before Rebound. Only a title or a company is needed.</p>
      <form
        class="card add-job__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div class="field-grid field-grid--wide">
          <TextField label="Job title" name="title" value={job.title} onInput={set('title')} wide />
          <TextField label="Company" name="company" value={job.company} onInput={set('company')} />
          <TextField label="Location" name="location" value={job.location} onInput={set('location')} />
          <TextField label="Link to the posting (optional)" name="link" type="url" value={job.link} onInput={set('link')} wide />
          <SelectField
            label="Stage"
            name="stage"
            value={job.stage}
            options={STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
            onChange={(value) => set('stage')(value as Stage)}
          />
          {job.stage !== 'saved' ? (
            <TextField label="Applied on" name="appliedOn" type="date" value={job.appliedOn} max={isoDay(Date.now())} onInput={set('appliedOn')} />
          ) : null}
          <TextField label="Tags" name="tags" value={job.tags} onInput={set('tags')} hint="Separate tags with commas, e.g. referral, remote." wide />
          <TextAreaField label="Notes" name="notes" rows={3} value={job.notes} onInput={set('notes')} hint="Who referred you, what was said, what to follow up on." />
        </div>
        <div class="form-footer">
          <button type="submit" class="button button--primary" disabled={busy}>
            Add to your pipeline
          </button>
          <p class={`form-status${error ? ' form-status--error' : ''}`} role="status">
            {error}
            {already ? (
              <>
                You already have this one (same link).{' '}
                <a href={href(paths.application(already.id))}>Open {already.title}</a>
              </>
            ) : null}
          </p>
        </div>
      </form>
    </div>
  );
}
