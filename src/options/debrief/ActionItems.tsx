/** Action items: each one editable, datable and tickable; deleting offers Undo. */
import { dayStart, isoDay } from '../../core/days';
import { themeLabel } from '../../core/debrief/themes';
import type { ActionItem } from '../../core/debrief/types';
import {
  deleteActionItem,
  restoreActionItem,
  setActionItemDone,
  updateActionItem,
} from '../../db/debrief-repository';
import { useDb } from '../../ui/db-context';
import { useUndo } from '../../ui/UndoBar';
import { useAutosave } from './use-autosave';

function ActionItemRow({ item, showTheme }: { item: ActionItem; showTheme: boolean }) {
  const db = useDb();
  const { offerUndo } = useUndo();
  const text = useAutosave(item.text, (value) => updateActionItem(db, item.id, { text: value }));
  const done = item.doneAt !== null;
  const remove = async () => {
    const removed = await deleteActionItem(db, item.id);
    if (removed) offerUndo('Action item removed.', () => restoreActionItem(db, removed));
  };
  return (
    <li class={`action-item${done ? ' is-done' : ''}`}>
      <input
        type="checkbox"
        class="action-item__check"
        checked={done}
        aria-label={`Done: ${item.text}`}
        onChange={(e) => void setActionItemDone(db, item.id, (e.currentTarget as HTMLInputElement).checked)}
      />
      <div class="action-item__body">
        <label class="visually-hidden" for={`action-${item.id}`}>
          Action item
        </label>
        <textarea
          id={`action-${item.id}`}
          class="input textarea action-item__text"
          rows={2}
          value={text.value}
          onInput={(e) => text.onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={text.flush}
        />
        <div class="action-item__meta">
          {showTheme ? <span class="action-item__theme">{themeLabel(item.theme)}</span> : null}
          <label class="action-item__due">
            <span>Do by</span>
            <input
              type="date"
              class="input"
              value={isoDay(item.dueAt)}
              onChange={(e) =>
                void updateActionItem(db, item.id, { dueAt: dayStart((e.currentTarget as HTMLInputElement).value) })
              }
            />
          </label>
          <button type="button" class="button button--ghost action-item__remove" onClick={() => void remove()}>
            Remove<span class="visually-hidden">: {item.text}</span>
          </button>
        </div>
      </div>
    </li>
  );
}

export function ActionItemList({ items, showTheme = true }: { items: readonly ActionItem[]; showTheme?: boolean }) {
  if (items.length === 0) return null;
  return (
    <ul class="action-items" aria-label="Your action items">
      {items.map((item) => (
        <ActionItemRow key={item.id} item={item} showTheme={showTheme} />
      ))}
    </ul>
  );
}
