/** Interview rounds of an application, with their dates and notes; each change on the timeline. */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  fromDateTimeLocal,
  interviewsOf,
  ROUND_SUGGESTIONS,
  roundsInOrder,
  toDateTimeLocal,
  type InterviewInput,
} from '../../core/interviews';
import type { Application, InterviewRound } from '../../core/types';
import { addInterview, removeInterview, updateInterview } from '../../db/contacts-interviews';
import { useDb } from '../../ui/db-context';
import { TextAreaField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import '../pipeline/pipeline.css';
import { AddAndStatus, useListEditing } from './list-editing';

interface FormValues {
  name: string;
  /** The datetime-local text, converted on save. */
  when: string;
  notes: string;
}

const EMPTY: FormValues = { name: '', when: '', notes: '' };
const valuesOf = (round: InterviewRound): FormValues => ({
  name: round.name,
  when: toDateTimeLocal(round.at),
  notes: round.notes,
});
const inputOf = (round: InterviewRound): InterviewInput => ({
  name: round.name,
  at: round.at,
  notes: round.notes,
});

export function InterviewsSection({ app }: { app: Application }) {
  const db = useDb();
  const rounds = roundsInOrder(interviewsOf(app));
  const list = useListEditing<InterviewRound>({
    remove: (round) => removeInterview(db, app.id, round.id, 'options'),
    restore: (round) => addInterview(db, app.id, inputOf(round), 'options'),
    removedMessage: (round) => `Removed “${round.name}”.`,
  });
  const { editing, close } = list;

  return (
    <section class="card people-section" aria-labelledby="interviews-title">
      <h2 id="interviews-title">Interview rounds</h2>
      {rounds.length === 0 && editing !== 'new' ? (
        <p class="people-section__empty">
          No rounds yet. When one is arranged, add it here so the date is in one place.
        </p>
      ) : (
        <ol class="people-list" data-testid="interviews">
          {rounds.map((round) =>
            editing === round.id ? (
              <li key={round.id} class="people-list__item">
                <RoundForm
                  title={`Edit “${round.name}”`}
                  initial={valuesOf(round)}
                  onCancel={() => close('')}
                  onSave={async (input) => {
                    await updateInterview(db, app.id, round.id, input, 'options');
                    close('Interview round saved.');
                  }}
                />
              </li>
            ) : (
              <li key={round.id} class="people-list__item">
                <div class="people-list__main">
                  <span class="people-list__name">{round.name}</span>
                  <span class="people-list__sub">
                    {round.at === null ? (
                      'Date to be arranged'
                    ) : (
                      <time dateTime={new Date(round.at).toISOString()}>{formatDateTime(round.at)}</time>
                    )}
                  </span>
                  {round.notes ? <p class="people-list__notes">{round.notes}</p> : null}
                </div>
                <div class="people-list__actions">
                  <button type="button" class="button button--ghost" onClick={() => list.edit(round.id)}>
                    Edit<span class="visually-hidden"> {round.name}</span>
                  </button>
                  <button type="button" class="button button--ghost" onClick={() => void list.remove(round)}>
                    Remove<span class="visually-hidden"> {round.name}</span>
                  </button>
                </div>
              </li>
            ),
          )}
        </ol>
      )}
      <AddAndStatus
        list={list}
        label="Add an interview round"
        form={
          <RoundForm
            title="Add an interview round"
            initial={EMPTY}
            onCancel={() => close('')}
            onSave={async (input) => {
              await addInterview(db, app.id, input, 'options');
              close('Interview round added.');
            }}
          />
        }
      />
    </section>
  );
}

function RoundForm({
  title,
  initial,
  onSave,
  onCancel,
}: {
  title: string;
  initial: FormValues;
  onSave: (input: InterviewInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  const at = fromDateTimeLocal(values.when);
  const nameError = tried && !values.name.trim() ? 'Give the round a name, such as “Phone screen”.' : '';
  const whenError =
    tried && values.when.trim() && at === null ? 'That date and time isn’t complete yet.' : '';
  const set = (key: keyof FormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  return (
    <form
      ref={form}
      class="people-form"
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!values.name.trim() || (values.when.trim() && at === null)) return;
        onSave({ name: values.name, at, notes: values.notes }).catch(() =>
          setError('That didn’t save. Please try again.'),
        );
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3>{title}</h3>
      <div class="field-grid">
        <RoundNameField value={values.name} onInput={set('name')} error={nameError} />
        <DateTimeField value={values.when} onInput={set('when')} error={whenError} />
        <TextAreaField
          label="Notes on this round"
          name="round-notes"
          rows={3}
          value={values.notes}
          onInput={set('notes')}
          hint="Who you met, what they asked, what to prepare."
        />
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary">
          Save round
        </button>
        <button type="button" class="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
        {error ? (
          <p class="form-status form-status--error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** A text field with suggestions (a <datalist>): common round names, but anything can be typed. */
function RoundNameField({
  value,
  onInput,
  error,
}: {
  value: string;
  onInput: (v: string) => void;
  error: string;
}) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label class="field__label" for="round-name">
        Round
      </label>
      <input
        id="round-name"
        class="input"
        list="round-suggestions"
        value={value}
        placeholder="e.g. Phone screen"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'round-name-msg' : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
      <datalist id="round-suggestions">
        {ROUND_SUGGESTIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {error ? (
        <p class="field__error" id="round-name-msg">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function DateTimeField({
  value,
  onInput,
  error,
}: {
  value: string;
  onInput: (v: string) => void;
  error: string;
}) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label class="field__label" for="round-when">
        Date and time
      </label>
      <input
        id="round-when"
        class="input"
        type="datetime-local"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby="round-when-msg"
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
      <p class={error ? 'field__error' : 'field__hint'} id="round-when-msg">
        {error || 'Leave it empty while it is still being arranged.'}
      </p>
    </div>
  );
}
