/**
 * Bring back a Rebound backup (JSON). Checked completely before anything is written, then merged in
 * one transaction (src/db/transfer.ts importBackup): a bad file changes nothing and says why.
 */
import { useState } from 'preact/hooks';
import type { ImportPlan } from '../../core/transfer/merge';
import type { ReboundDb } from '../../db/schema';
import { importBackup } from '../../db/transfer';
import { IMPORT_MEASURE } from '../../ui/first-render';
import { plural } from '../../ui/format';
import { ImportFileField, ImportMessage, type ImportFileKind, type ImportState } from './ImportFile';
import { applyImportedSettings } from './settings-io';

const BACKUP_FILE: ImportFileKind = { id: 'backup-file', label: 'Backup file (.json)', accept: '.json,application/json', testId: 'import-json' };

function describePlan(plan: ImportPlan): string {
  const apps = plan.applications ?? { added: 0, updated: 0, kept: 0 };
  const parts = [`${plural(apps.added, 'application')} added`];
  if (apps.updated) parts.push(`${apps.updated.toLocaleString()} brought up to date`);
  if (apps.kept) parts.push(`${apps.kept.toLocaleString()} already here and kept as they were`);
  return parts.join(', ');
}

export function BackupImport({ db }: { db: ReboundDb }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [withSettings, setWithSettings] = useState(true);

  const onFile = async (file: File) => {
    setState({ kind: 'busy', text: `Checking ${file.name}…` });
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
      <ImportFileField file={BACKUP_FILE} state={state} onState={setState} onFile={onFile} />
      <ImportMessage state={state} />
    </section>
  );
}
