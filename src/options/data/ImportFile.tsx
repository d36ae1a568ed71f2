/**
 * What the data page's two imports share: the file field (an oversized file is refused before a byte
 * of it is read, and the field rests while an import runs) and the status and error lines below it.
 */
import { sizeProblem } from '../../core/transfer/limits';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** Which file a field asks for: its label, what the picker offers, and the id tests find it by. */
export interface ImportFileKind {
  id: string;
  label: string;
  accept: string;
  testId: string;
}

export function ImportFileField({
  file: kind,
  state,
  onState,
  onFile,
}: {
  file: ImportFileKind;
  state: ImportState;
  onState: (state: ImportState) => void;
  /** A chosen file within the size limit. A throw is said as "could not be read"; nothing was changed. */
  onFile: (file: File) => Promise<void>;
}) {
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) is a new choice.
    input.value = '';
    if (!file) return;
    const tooBig = sizeProblem(file.size);
    if (tooBig) return onState({ kind: 'error', text: `${tooBig} Nothing was changed.` });
    try {
      await onFile(file);
    } catch {
      onState({ kind: 'error', text: 'This file could not be read. Nothing was changed.' });
    }
  };

  return (
    <div class="field">
      <label class="field__label" for={kind.id}>
        {kind.label}
      </label>
      <input
        id={kind.id}
        class="input file-input"
        type="file"
        accept={kind.accept}
        disabled={state.kind === 'busy'}
        onChange={(e) => void choose(e.currentTarget)}
        data-testid={kind.testId}
      />
    </div>
  );
}

/** What the last import said: progress and success in a status line, a failure in an alert. */
export function ImportMessage({ state }: { state: ImportState }) {
  return (
    <div class="data-section__messages">
      <p role="status" class="data-section__status">
        {state.kind === 'busy' || state.kind === 'done' ? state.text : ''}
      </p>
      <p role="alert" class="data-section__error">
        {state.kind === 'error' ? state.text : ''}
      </p>
    </div>
  );
}
