/**
 * Step 3: record the feedback (or the user's own reflection), confirm themes, turn them into action
 * items. Feedback is kept exactly as pasted and only ever shown as text.
 */
import { useState } from 'preact/hooks';
import { proposeActions } from '../../../core/debrief/actions';
import { CLOSE_CALL_MESSAGE, isCloseCall, suggestThemes, themeById } from '../../../core/debrief/themes';
import type { ThemeId } from '../../../core/debrief/types';
import { actionItemsFor, addActionItem, clearReminder, saveDebrief, setDebriefTheme } from '../../../db/debrief-repository';
import { useDb } from '../../../ui/db-context';
import { useLiveQuery } from '../../../ui/use-live-query';
import { ActionItemList } from '../ActionItems';
import type { StepProps } from '../DebriefFlow';
import { ThemePicker } from '../ThemePicker';
import { useAutosave } from '../use-autosave';

export function RecordFeedback({ application, debrief }: StepProps) {
  const db = useDb();
  const feedback = useAutosave(debrief.feedback, async (value) => {
    await saveDebrief(db, debrief.id, { feedback: value });
    // An answer came: the "no reply yet" reminder has done its job.
    if (value.trim() && debrief.reminderAt !== null) await clearReminder(db, debrief.id);
  });
  const reflection = useAutosave(debrief.reflection, (value) => saveDebrief(db, debrief.id, { reflection: value }));
  const items = useLiveQuery(() => actionItemsFor(db, debrief.id), [db, debrief.id]) ?? [];
  const [own, setOwn] = useState('');

  const result = suggestThemes(feedback.value, reflection.value);
  const confirmed = debrief.themes;
  const toggle = (theme: ThemeId, on: boolean) => void setDebriefTheme(db, debrief.id, theme, on);
  const context = { text: `${feedback.value}\n${reflection.value}`, company: application.company, role: application.title };
  const existing = new Set(items.map((item) => item.text));
  const addOwn = async (event: Event) => {
    event.preventDefault();
    if (!own.trim()) return;
    await addActionItem(db, debrief, confirmed[0] ?? 'other', own);
    setOwn('');
  };

  return (
    <div class="debrief-step">
      <p class="debrief-lead">
        When an answer comes, paste it here as it is. If none comes (that is common), your own reflection works just as
        well.
      </p>
      <div class="field">
        <label class="field__label" for="debrief-feedback">
          Their feedback
        </label>
        <textarea
          id="debrief-feedback"
          class="input textarea"
          rows={6}
          value={feedback.value}
          placeholder="Paste their reply here"
          onInput={(e) => feedback.onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={feedback.flush}
        />
      </div>
      <div class="field">
        <label class="field__label" for="debrief-reflection">
          Your own thoughts (optional, just for you)
        </label>
        <textarea
          id="debrief-reflection"
          class="input textarea"
          rows={3}
          value={reflection.value}
          placeholder="How do you think it went? What would you keep, what would you try differently?"
          onInput={(e) => reflection.onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={reflection.flush}
        />
      </div>

      <ThemePicker result={result} confirmed={confirmed} onToggle={toggle} />

      {isCloseCall(confirmed) ? (
        <p class="debrief-callout debrief-callout--boost" role="note">
          <strong>You came close, and that counts.</strong> {CLOSE_CALL_MESSAGE}
        </p>
      ) : null}

      {confirmed.length > 0 ? (
        <section class="debrief-actions" aria-labelledby="debrief-actions-title">
          <h3 id="debrief-actions-title">Turn it into next steps</h3>
          {confirmed.map((theme) => {
            const ideas = proposeActions(theme, context).filter((idea) => !existing.has(idea));
            if (ideas.length === 0) return null;
            return (
              <div key={theme} class="action-ideas">
                <p class="action-ideas__title">Ideas for “{themeById(theme).label}”</p>
                <ul>
                  {ideas.map((idea) => (
                    <li key={idea} class="action-idea">
                      <span>{idea}</span>
                      <button type="button" class="button" onClick={() => void addActionItem(db, debrief, theme, idea)}>
                        Add<span class="visually-hidden"> this action</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ) : null}

      <ActionItemList items={items} />
      <form class="action-add" onSubmit={(e) => void addOwn(e)}>
        <label class="field__label" for="debrief-own-action">
          An action of your own
        </label>
        <div class="action-add__row">
          <input
            id="debrief-own-action"
            class="input"
            value={own}
            onInput={(e) => setOwn((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button" disabled={!own.trim()}>
            Add
          </button>
        </div>
      </form>
    </div>
  );
}
