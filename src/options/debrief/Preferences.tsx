/**
 * The growing list of what the user wants and would rather avoid in a company or role. Built in
 * the "silver lining" step of each debrief, editable here at any time.
 */
import { useState } from 'preact/hooks';
import type { Preference, PreferenceKind } from '../../core/debrief/types';
import {
  addPreference,
  deletePreference,
  listPreferences,
  restorePreference,
  updatePreference,
} from '../../db/debrief-repository';
import { useDb } from '../../ui/db-context';
import { useUndo } from '../../ui/UndoBar';
import { useLiveQuery } from '../../ui/use-live-query';
import { useAutosave } from './use-autosave';
import './debrief.css';

export const KIND_LABELS: Record<PreferenceKind, string> = {
  want: 'I want',
  avoid: 'I would rather avoid',
};

function PreferenceRow({ preference }: { preference: Preference }) {
  const db = useDb();
  const { offerUndo } = useUndo();
  const text = useAutosave(preference.text, (value) => (value.trim() ? updatePreference(db, preference.id, { text: value.trim() }) : undefined));
  const remove = async () => {
    const removed = await deletePreference(db, preference.id);
    if (removed) offerUndo('Preference removed.', () => restorePreference(db, removed));
  };
  return (
    <li class={`preference preference--${preference.kind}`}>
      <label class="visually-hidden" for={`pref-kind-${preference.id}`}>
        Kind
      </label>
      <select
        id={`pref-kind-${preference.id}`}
        class="input select preference__kind"
        value={preference.kind}
        onChange={(e) => void updatePreference(db, preference.id, { kind: (e.currentTarget as HTMLSelectElement).value as PreferenceKind })}
      >
        <option value="want">{KIND_LABELS.want}</option>
        <option value="avoid">{KIND_LABELS.avoid}</option>
      </select>
      <label class="visually-hidden" for={`pref-text-${preference.id}`}>
        Preference
      </label>
      <input
        id={`pref-text-${preference.id}`}
        class="input preference__text"
        value={text.value}
        onInput={(e) => text.onInput((e.currentTarget as HTMLInputElement).value)}
        onBlur={text.flush}
      />
      <button type="button" class="button button--ghost" onClick={() => void remove()}>
        Remove<span class="visually-hidden">: {preference.text}</span>
      </button>
    </li>
  );
}

export function PreferenceRows({ preferences }: { preferences: readonly Preference[] }) {
  if (preferences.length === 0) return null;
  return (
    <ul class="preferences">
      {preferences.map((p) => (
        <PreferenceRow key={p.id} preference={p} />
      ))}
    </ul>
  );
}

/** One field per kind: "I want…" and "I would rather avoid…". */
export function AddPreference({ sourceApplicationId }: { sourceApplicationId: string | null }) {
  const db = useDb();
  const [drafts, setDrafts] = useState<Record<PreferenceKind, string>>({ want: '', avoid: '' });
  const add = async (kind: PreferenceKind, event: Event) => {
    event.preventDefault();
    const added = await addPreference(db, drafts[kind], kind, sourceApplicationId);
    if (added) setDrafts((d) => ({ ...d, [kind]: '' }));
  };
  return (
    <div class="preference-add">
      {(['want', 'avoid'] as const).map((kind) => (
        <form key={kind} class="action-add" onSubmit={(e) => void add(kind, e)}>
          <label class="field__label" for={`pref-add-${kind}`}>
            {kind === 'want' ? 'Something I want in a company or role' : 'Something I would rather avoid'}
          </label>
          <div class="action-add__row">
            <input
              id={`pref-add-${kind}`}
              class="input"
              value={drafts[kind]}
              placeholder={kind === 'want' ? 'e.g. a team that gives feedback early' : 'e.g. five interview rounds'}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setDrafts((d) => ({ ...d, [kind]: value }));
              }}
            />
            <button type="submit" class="button" disabled={!drafts[kind].trim()}>
              Add
            </button>
          </div>
        </form>
      ))}
    </div>
  );
}

/** The whole list, for the insights page and the `#/preferences` route. */
export function Preferences({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const db = useDb();
  const preferences = useLiveQuery(() => listPreferences(db), [db]);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section class="debrief-section card" aria-labelledby="preferences-title">
      <Heading id="preferences-title" tabIndex={-1}>
        What you are looking for
      </Heading>
      <p class="muted">
        A search is also about finding a place worth working for. What each process teaches you is kept here.
      </p>
      {preferences && preferences.length === 0 ? (
        <p class="debrief-empty">Nothing here yet. The silver-lining step of a debrief adds to it, or add one now.</p>
      ) : null}
      <PreferenceRows preferences={preferences ?? []} />
      <AddPreference sourceApplicationId={null} />
    </section>
  );
}

export function PreferencesView() {
  return (
    <div class="debrief-page">
      <Preferences headingLevel={1} />
    </div>
  );
}
