/**
 * Every theme as a checkbox. Suggested ones come first, marked, with the words that made them a
 * suggestion: the rule is visible, and the user decides.
 */
import { THEMES } from '../../core/debrief/themes';
import type { SuggestionResult } from '../../core/debrief/themes';
import type { ThemeId } from '../../core/debrief/types';

interface Props {
  result: SuggestionResult;
  confirmed: readonly ThemeId[];
  onToggle: (theme: ThemeId, on: boolean) => void;
}

export function ThemePicker({ result, confirmed, onToggle }: Props) {
  const suggested = new Map(result.suggestions.map((s) => [s.theme, s]));
  const ordered = [...THEMES].sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)));
  return (
    <fieldset class="theme-picker">
      <legend class="theme-picker__legend">What was it about? Tick what feels right.</legend>
      {result.prompt ? <p class="theme-picker__prompt">{result.prompt}</p> : null}
      <ul class="theme-picker__list">
        {ordered.map((theme) => {
          const suggestion = suggested.get(theme.id);
          const id = `theme-${theme.id}`;
          const on = confirmed.includes(theme.id);
          return (
            <li key={theme.id} class={`theme-option${suggestion ? ' theme-option--suggested' : ''}${on ? ' is-on' : ''}`}>
              <input
                id={id}
                type="checkbox"
                checked={on}
                aria-describedby={`${id}-why`}
                onChange={(e) => onToggle(theme.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <div>
                <label for={id} class="theme-option__label">
                  {theme.label}
                  {suggestion ? <span class="theme-option__badge">Suggested</span> : null}
                </label>
                <p class="theme-option__why" id={`${id}-why`}>
                  {suggestion && suggestion.matched.length > 0 ? (
                    <>
                      {result.source === 'feedback' ? 'Because the feedback says ' : 'Because you wrote '}
                      {(suggestion.clauses ?? suggestion.matched).slice(0, 2).map((words, i) => (
                        <span key={words}>
                          {i > 0 ? ' and ' : ''}
                          <q class="theme-option__match">{words}</q>
                        </span>
                      ))}
                      .
                    </>
                  ) : (
                    theme.meaning
                  )}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
