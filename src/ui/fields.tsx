/** Labelled form controls. Every input has a visible <label>; hints and errors are tied by aria. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { WORK_MODES, type WorkMode } from '../core/types';
import { BOARD_IDS, boardLabel, WORK_MODE_LABELS } from './format';

interface BaseProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string;
  name?: string;
  wide?: boolean;
}

function FieldShell({
  id,
  label,
  hint,
  error,
  wide,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  wide?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${wide ? ' field--wide' : ''}${error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {label}
      </label>
      {children}
      {error ? (
        <p class="field__error" id={`${id}-msg`}>
          {error}
        </p>
      ) : hint ? (
        <p class="field__hint" id={`${id}-msg`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    type?: 'text' | 'url' | 'date' | 'datetime-local';
    placeholder?: string;
    autoFocus?: boolean;
    min?: string;
    max?: string;
    /** The id of a <datalist> of suggestions (anything can still be typed). */
    list?: string;
  },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <input
        id={id}
        name={props.name}
        class="input"
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        min={props.min}
        max={props.max}
        list={props.list}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error || props.hint ? `${id}-msg` : undefined}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: BaseProps & { rows?: number; placeholder?: string }) {
  const id = useId();
  return (
    <FieldShell id={id} {...props} wide>
      <textarea
        id={id}
        name={props.name}
        class="input textarea"
        rows={props.rows ?? 4}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={props.hint ? `${id}-msg` : undefined}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </FieldShell>
  );
}

export function SelectField(
  props: Omit<BaseProps, 'onInput'> & { options: { value: string; label: string }[]; onChange: (value: string) => void },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <select
        id={id}
        name={props.name}
        class="input select"
        value={props.value}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function WorkModeField({
  value,
  onChange,
  label = 'Work mode',
}: {
  value: WorkMode | null;
  onChange: (value: WorkMode | null) => void;
  label?: string;
}) {
  return (
    <SelectField
      label={label}
      name="workMode"
      value={value ?? ''}
      options={[{ value: '', label: 'Not stated' }, ...WORK_MODES.map((m) => ({ value: m, label: WORK_MODE_LABELS[m] }))]}
      onChange={(next) => onChange(next === '' ? null : (next as WorkMode))}
    />
  );
}

/** Known boards by name, plus whatever id the record already has, so nothing is ever lost. */
export function BoardField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const ids = BOARD_IDS.includes(value) || value === '' ? BOARD_IDS : [value, ...BOARD_IDS];
  return (
    <SelectField
      label="Found on"
      name="board"
      value={value}
      options={[{ value: '', label: 'Not stated' }, ...ids.map((id) => ({ value: id, label: boardLabel(id) }))]}
      onChange={onChange}
    />
  );
}
