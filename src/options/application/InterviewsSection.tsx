/** Interview rounds of an application, with their dates and notes; each change on the timeline. */
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
import { FieldRows, type FieldRow } from '../../ui/field-rows';
import { formatDateTime } from '../../ui/format';
import { ItemForm, PeopleList, useFormValues, type ItemFormProps, type PeopleKind } from './PeopleList';

export function InterviewsSection({ app }: { app: Application }) {
  return <PeopleList kind={ROUNDS} app={app} />;
}

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
const ROUNDS: PeopleKind<InterviewRound, InterviewInput> = {
  id: 'interviews',
  words: {
    heading: 'Interview rounds',
    empty: 'No rounds yet. When one is arranged, add it here so the date is in one place.',
    add: 'Add an interview round',
    added: 'Interview round added.',
    saved: 'Interview round saved.',
    removed: (round) => `Removed “${round.name}”.`,
    nameOf: (round) => round.name,
    editTitle: (round) => `Edit “${round.name}”`,
  },
  itemsOf: (app) => roundsInOrder(interviewsOf(app)),
  ordered: true,
  store: { add: addInterview, update: updateInterview, remove: removeInterview },
  Summary: RoundSummary,
  Form: RoundForm,
};

function RoundSummary({ item: round }: { item: InterviewRound }) {
  return (
    <>
      <span class="people-list__name">{round.name}</span>
      <span class="people-list__sub">
        {round.at === null ? (
          'Date to be arranged'
        ) : (
          <time dateTime={new Date(round.at).toISOString()}>{formatDateTime(round.at)}</time>
        )}
      </span>
      {round.notes ? <p class="people-list__notes">{round.notes}</p> : null}
    </>
  );
}

const ROUND_FIELDS: FieldRow<FormValues>[] = [
  { key: 'name', label: 'Round', name: 'round-name', list: 'round-suggestions', placeholder: 'e.g. Phone screen' },
  {
    key: 'when',
    label: 'Date and time',
    name: 'round-when',
    type: 'datetime-local',
    hint: 'Leave it empty while it is still being arranged.',
  },
  { key: 'notes', label: 'Notes on this round', name: 'round-notes', rows: 3, hint: 'Who you met, what they asked, what to prepare.' },
];

function RoundForm({ title, item, onSave, onCancel }: ItemFormProps<InterviewRound, InterviewInput>) {
  const [values, set] = useFormValues(item ? valuesOf(item) : EMPTY);
  const at = fromDateTimeLocal(values.when);
  const errors = {
    name: values.name.trim() ? '' : 'Give the round a name, such as “Phone screen”.',
    when: values.when.trim() && at === null ? 'That date and time isn’t complete yet.' : '',
  };
  const submit = () => (errors.name || errors.when ? null : onSave({ name: values.name, at, notes: values.notes }));

  return (
    <ItemForm title={title} saveLabel="Save round" onCancel={onCancel} submit={submit}>
      {(tried) => (
        <>
          <FieldRows rows={ROUND_FIELDS} values={values} set={set} errors={tried ? errors : {}} />
          <datalist id="round-suggestions">
            {ROUND_SUGGESTIONS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
    </ItemForm>
  );
}
