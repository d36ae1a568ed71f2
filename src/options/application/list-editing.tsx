/**
 * What the contacts and interview-round lists of an application share: which item is open for editing
 * (or the add form), the status line, focus returning to the add button, and removal with Undo.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useUndo } from '../../ui/UndoBar';

export interface ListEditing<T> {
  /** The id of the item being edited, "new" for the add form, or null. */
  editing: string | null;
  edit(id: string): void;
  status: string;
  addButton: RefObject<HTMLButtonElement>;
  /** Close the open form and say what happened ('' for a cancel). */
  close(message: string): void;
  remove(item: T): Promise<void>;
  startAdding(): void;
}

export function useListEditing<T>(options: {
  remove(item: T): Promise<unknown>;
  restore(item: T): Promise<unknown>;
  removedMessage(item: T): string;
}): ListEditing<T> {
  const { offerUndo } = useUndo();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  // Focus moves once the add button is back on the page, after the render that closes the form (a
  // timer could fire before that render and find no button).
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!returnFocus || editing !== null) return;
    addButton.current?.focus();
    setReturnFocus(false);
  }, [returnFocus, editing]);
  return {
    editing,
    edit: setEditing,
    status,
    addButton,
    close(message) {
      setEditing(null);
      setStatus(message);
      // Back to where the person started, so the keyboard never lands on nothing.
      setReturnFocus(true);
    },
    async remove(item) {
      try {
        await options.remove(item);
        setStatus('');
        offerUndo(options.removedMessage(item), async () => {
          await options.restore(item);
        });
      } catch {
        setStatus('That didn’t change just now. Please try again.');
      }
    },
    startAdding() {
      setStatus('');
      setEditing('new');
    },
  };
}

/** The add form while adding, otherwise the button that opens it; then the status line. */
export function AddAndStatus<T>({
  list,
  label,
  form,
}: {
  list: ListEditing<T>;
  label: string;
  form: ComponentChildren;
}) {
  return (
    <>
      {list.editing === 'new' ? (
        form
      ) : (
        <button
          ref={list.addButton}
          type="button"
          class="button people-section__add"
          onClick={list.startAdding}
        >
          {label}
        </button>
      )}
      <p class="form-status" role="status">
        {list.status}
      </p>
    </>
  );
}
