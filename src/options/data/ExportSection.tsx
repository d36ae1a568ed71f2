/** Download everything: a full JSON backup (lossless) or a CSV for spreadsheets. */
import { useState } from 'preact/hooks';
import { applicationsToCsv } from '../../core/transfer/csv-export';
import { buildEnvelope, exportFileName, serializeEnvelope } from '../../core/transfer/envelope';
import { formatMegabytes } from '../../core/transfer/limits';
import type { ReboundDb } from '../../db/schema';
import { dumpTables, schemaVersion } from '../../db/transfer';
import { plural } from '../../ui/format';
import { downloadText } from './download';
import { readSettingsForExport } from './settings-io';

export async function exportJson(db: ReboundDb, now = Date.now()): Promise<{ text: string; fileName: string }> {
  const [tables, version, settings] = await Promise.all([dumpTables(db), schemaVersion(db), readSettingsForExport()]);
  return { text: serializeEnvelope(buildEnvelope(tables, version, settings, now)), fileName: exportFileName(now, 'json') };
}

export async function exportCsv(db: ReboundDb, now = Date.now()): Promise<{ text: string; fileName: string; rows: number }> {
  const [applications, events] = await Promise.all([db.applications.orderBy('savedAt').toArray(), db.events.toArray()]);
  return { text: applicationsToCsv(applications, events), fileName: exportFileName(now, 'csv'), rows: applications.length };
}

export function ExportSection({ db }: { db: ReboundDb }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (kind: 'json' | 'csv') => {
    setBusy(true);
    setStatus('Preparing your file…');
    try {
      if (kind === 'json') {
        const { text, fileName } = await exportJson(db);
        const size = downloadText(text, fileName, 'application/json');
        setStatus(`Your backup (${formatMegabytes(size)}) is downloading as ${fileName}.`);
      } else {
        const { text, fileName, rows } = await exportCsv(db);
        downloadText(text, fileName, 'text/csv;charset=utf-8');
        setStatus(`Your spreadsheet with ${plural(rows, 'application')} is downloading as ${fileName}.`);
      }
    } catch {
      setStatus('The file could not be prepared. Nothing changed; please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card data-section" aria-labelledby="export-title">
      <h2 id="export-title">Download your data</h2>
      <p>
        Everything Rebound keeps lives only in this browser. Download it to keep a backup, or to move to another
        computer.
      </p>
      <div class="actions">
        <button type="button" class="button button--primary" disabled={busy} onClick={() => void run('json')} data-testid="export-json">
          Download a backup (JSON)
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => void run('csv')} data-testid="export-csv">
          Download a spreadsheet (CSV)
        </button>
      </div>
      <p class="field__hint">
        The backup holds everything — applications, timelines, debriefs and settings — and can be imported back. The
        spreadsheet has one row per application with the date of each stage, for Excel, Numbers or Google Sheets.
      </p>
      <p role="status" class="data-section__status">
        {status}
      </p>
    </section>
  );
}
