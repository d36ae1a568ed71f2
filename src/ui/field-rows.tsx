/**
 * A form's fields written as a table: each row names the value it edits and how it is asked for, so a
 * form lists its questions once and every field gets the same label, hint and error wiring (fields.tsx).
 */
import { Fragment, type VNode } from 'preact';
import { TextAreaField, TextField } from './fields';

interface RowBase<V> {
  key: keyof V & string;
  /** Defaults to the form's `labels` for this key. */
  label?: string;
  /** The input's name; defaults to the key. */
  name?: string;
  hint?: string;
}

/** A one-line text input (also url, date and datetime-local) of a string value. */
export interface TextRow<V> extends RowBase<V> {
  type?: 'text' | 'url' | 'date' | 'datetime-local';
  placeholder?: string;
  wide?: boolean;
  /** The id of a <datalist> of suggestions. */
  list?: string;
}

/** A text area of a string value. */
export interface TextAreaRow<V> extends RowBase<V> {
  rows: number;
}

/** Any other control (a select, say), given the value and what to call with a new one. */
export interface ControlRow<V> {
  key: keyof V & string;
  // The control's value type is the form's; rows are a list of mixed keys, so it is not narrowed here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: (value: any, onChange: (value: any) => void) => VNode;
}

export type FieldRow<V> = TextRow<V> | TextAreaRow<V> | ControlRow<V>;

export function FieldRows<V extends object>({
  rows,
  values,
  set,
  errors = {},
  labels = {},
}: {
  rows: readonly FieldRow<V>[];
  values: V;
  /** A setter per key, as forms already have: set('title')(value). */
  set: (key: keyof V & string) => (value: never) => void;
  errors?: Partial<Record<keyof V, string>>;
  labels?: Partial<Record<keyof V, string>>;
}) {
  return (
    <>
      {rows.map((row) => {
        const onInput = set(row.key) as (value: unknown) => void;
        if ('control' in row) return <Fragment key={row.key}>{row.control(values[row.key], onInput)}</Fragment>;
        const common = {
          label: row.label ?? labels[row.key] ?? row.key,
          name: row.name ?? row.key,
          value: String(values[row.key] ?? ''),
          onInput,
          hint: row.hint,
          error: errors[row.key] || undefined,
        };
        if ('rows' in row) return <TextAreaField key={row.key} {...common} rows={row.rows} />;
        return (
          <TextField
            key={row.key}
            {...common}
            type={row.type}
            placeholder={row.placeholder}
            wide={row.wide}
            list={row.list}
          />
        );
      })}
    </>
  );
}
