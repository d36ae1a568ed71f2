/**
 * One list of an application page's people or rounds (contacts, interview rounds): each item with Edit
 * and Remove (with Undo), an add form, and a status line. A section says only what an item shows, what
 * its form asks and how it is stored, so both lists behave, read and sound the same.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Application, EventSource } from '../../core/types';
import type { ReboundDb } from '../../db/schema';
import { useDb } from '../../ui/db-context';
import '../pipeline/pipeline.css';
import { AddAndStatus, useListEditing } from './list-editing';

/** What an item's form gets: the item being edited (null when adding) and where its answer goes. */
export interface ItemFormProps<T, Input> {
  title: string;
  item: T | null;
  onSave: (input: Input) => Promise<void>;
  onCancel: () => void;
}

/** How a kind of item is stored (src/db/contacts-interviews.ts): each change one timeline event. */
export interface ItemStore<Input> {
  add(db: ReboundDb, appId: string, input: Input, source: EventSource): Promise<unknown>;
  update(db: ReboundDb, appId: string, itemId: string, input: Input, source: EventSource): Promise<unknown>;
  remove(db: ReboundDb, appId: string, itemId: string, source: EventSource): Promise<unknown>;
}

/** The words a list uses: its heading, the empty state, the add button and what it says after a change. */
export interface PeopleWords<T> {
  heading: string;
  /** Shown while there is nothing yet: why adding one helps. */
  empty: string;
  add: string;
  added: string;
  saved: string;
  removed(item: T): string;
  /** How the Edit and Remove buttons name the item to screen-reader users. */
  nameOf(item: T): string;
  editTitle(item: T): string;
}

/** What differs between the sections, written once per kind of item. */
export interface PeopleKind<T extends Input, Input> {
  /** Names the heading (`<id>-title`) and the list's data-testid. */
  id: string;
  words: PeopleWords<T>;
  /** The items of an application in the order shown; rounds are in date order, so they are an <ol>. */
  itemsOf(app: Application): readonly T[];
  ordered: boolean;
  /** src/db/contacts-interviews.ts; Undo of a removal adds the removed item back through `add`. */
  store: ItemStore<Input>;
  Summary: ComponentType<{ item: T }>;
  Form: ComponentType<ItemFormProps<T, Input>>;
}

export function PeopleList<T extends Input & { id: string }, Input>({ kind, app }: { kind: PeopleKind<T, Input>; app: Application }) {
  const db = useDb();
  const { store, words } = kind;
  const items = kind.itemsOf(app);
  const list = useListEditing<T>({
    remove: (item) => store.remove(db, app.id, item.id, 'options'),
    restore: (item) => store.add(db, app.id, item, 'options'),
    removedMessage: words.removed,
  });
  const { editing, close } = list;
  const { Form, Summary } = kind;
  const List = kind.ordered ? 'ol' : 'ul';

  return (
    <section class="card people-section" aria-labelledby={`${kind.id}-title`}>
      <h2 id={`${kind.id}-title`}>{words.heading}</h2>
      {items.length === 0 && editing !== 'new' ? (
        <p class="people-section__empty">{words.empty}</p>
      ) : (
        <List class="people-list" data-testid={kind.id}>
          {items.map((item) => (
            <li key={item.id} class="people-list__item">
              {editing === item.id ? (
                <Form
                  title={words.editTitle(item)}
                  item={item}
                  onCancel={() => close('')}
                  onSave={async (input) => {
                    await store.update(db, app.id, item.id, input, 'options');
                    close(words.saved);
                  }}
                />
              ) : (
                <>
                  <div class="people-list__main">
                    <Summary item={item} />
                  </div>
                  <div class="people-list__actions">
                    <button type="button" class="button button--ghost" onClick={() => list.edit(item.id)}>
                      Edit<span class="visually-hidden"> {words.nameOf(item)}</span>
                    </button>
                    <button type="button" class="button button--ghost" onClick={() => void list.remove(item)}>
                      Remove<span class="visually-hidden"> {words.nameOf(item)}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </List>
      )}
      <AddAndStatus
        list={list}
        label={words.add}
        form={
          <Form
            title={words.add}
            item={null}
            onCancel={() => close('')}
            onSave={async (input) => {
              await store.add(db, app.id, input, 'options');
              close(words.added);
            }}
          />
        }
      />
    </section>
  );
}

/** The values a form is editing, and a setter per field for its inputs. */
export function useFormValues<V extends object>(initial: V) {
  const [values, setValues] = useState(initial);
  const set = (key: keyof V) => (value: V[keyof V]) => setValues((current) => ({ ...current, [key]: value }));
  return [values, set] as const;
}

/**
 * An item's form: its heading, its fields, Save and Cancel (Escape cancels too), and a message when the
 * save fails. Focus starts in the first field. `submit` returns the save to run, or null while a field
 * still needs fixing; the fields learn through `tried` that it is time to show why.
 */
export function ItemForm({
  title,
  saveLabel,
  onCancel,
  submit,
  children,
}: {
  title: string;
  saveLabel: string;
  onCancel: () => void;
  submit: () => Promise<void> | null;
  children: (tried: boolean) => ComponentChildren;
}) {
  const [tried, setTried] = useState(false);
  const [error, setError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  return (
    <form
      ref={form}
      class="people-form"
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        submit()?.catch(() => setError('That didn’t save. Please try again.'));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3>{title}</h3>
      <div class="field-grid">{children(tried)}</div>
      <div class="actions">
        <button type="submit" class="button button--primary">
          {saveLabel}
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
