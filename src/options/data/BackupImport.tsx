/**
 * Bring back a Rebound backup (JSON). Checked completely before anything is written, then merged in
 * one transaction (src/db/transfer.ts importBackup): a bad file changes nothing and says why.
 */
import { useState } from 'preact/hooks';
import type { ImportPlan } from '../../core/transfer/merge';
import { sizeProblem } from '../../core/transfer/limits';
import type { ReboundDb } from '../../db/schema';
import { importBackup } from '../../db/transfer';
import { IMPORT_MEASURE } from '../../ui/first-render';
import { plural } from '../../ui/format';
import { applyImportedSettings } from './settings-io';

type State = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

function describePlan(plan: ImportPlan): string {
  const apps = plan.applications ?? { added: 0, updated: 0, kept: 0 };
  const parts = [`${plural(apps.added, 'application')} added`];
  if (apps.updated) parts.push(`${apps.updated.toLocaleString()} brought up to date`);
  if (apps.kept) parts.push(`${apps.kept.toLocaleString()} already here and kept as they were`);
  return parts.join(', ');
}

export function BackupImport({ db }: { db: ReboundDb }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [withSettings, setWithSettings] = useState(true);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refuse an oversized file before reading a byte of it.
    const tooBig = sizeProblem(file.size);
    if (tooBig) return setState({ kind: 'error', text: `${tooBig} Nothing was changed.` });
    setState({ kind: 'busy', text: `Checking ${file.name}…` });
    try {
      const started = performance.now();
      const text = await file.text();
      const result = await importBackup(db, text, file.size, { withSettings });
      // Read by the benchmark (scripts/bench/scale.ts): reading, checking and writing the whole file.
      performance.measure(IMPORT_MEASURE, { start: started });
      if (!result.ok) return setState({ kind: 'error', text: `${result.message} Nothing was changed.` });
      const settings = withSettings && result.settings ? await applyImportedSettings(result.settings) : null;
      const said =
        settings === true
          ? ' Your settings from the file are in use.'
          : settings === false
            ? ' The settings from the file could not be stored, so yours are still in use.'
            : '';
      setState({ kind: 'done', text: `Done: ${describePlan(result.plan)}.${said}` });
    } catch {
      setState({ kind: 'error', text: 'This file could not be read. Nothing was changed.' });
    }
  };

  return (
    <section class="card data-section" aria-labelledby="backup-import-title">
      <h2 id="backup-import-title">Import a Rebound backup</h2>
      <p>
        Choose a backup downloaded from Rebound. Applications you already have are merged, never doubled: where both
        have changed, the most recent version is kept.
      </p>
      <div class="check-row">
        <input id="import-settings" type="checkbox" checked={withSettings} onChange={(e) => setWithSettings(e.currentTarget.checked)} />
        <label for="import-settings">Also use the settings saved in the backup</label>
      </div>
      <div class="field">
        <label class="field__label" for="backup-file">
          Backup file (.json)
        </label>
        <input
          id="backup-file"
          class="input file-input"
          type="file"
          accept=".json,application/json"
          disabled={state.kind === 'busy'}
          onChange={(e) => void onFile(e.currentTarget)}
          data-testid="import-json"
        />
      </div>
      <ImportMessage state={state} />
    </section>
  );
}

export function ImportMessage({ state }: { state: State }) {
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

export type { State as ImportState };
