/**
 * Bring an existing tracker along: a spreadsheet saved as CSV. Three steps: choose the file, check
 * which column holds what (Rebound guesses from the headers) with a preview, then import all rows in
 * one go through the repository, so duplicates merge with what is already tracked.
 */
import { useMemo, useState } from 'preact/hooks';
import { STAGE_LABELS } from '../../core/stages';
import { buildRows, parseSheet, type ImportRow, type ParsedSheet } from '../../core/transfer/csv-import';
import { guessMapping, IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../core/transfer/csv-mapping';
import type { ReboundDb } from '../../db/schema';
import { importSheetRows } from '../../db/transfer';
import { formatDay, plural } from '../../ui/format';
import { ImportFileField, ImportMessage, type ImportFileKind, type ImportState } from './ImportFile';

const PREVIEW_ROWS = 5;
const SHEET_FILE: ImportFileKind = { id: 'sheet-file', label: 'Spreadsheet file (.csv)', accept: '.csv,text/csv', testId: 'import-csv' };

export function SheetImport({ db }: { db: ReboundDb }) {
  const [sheet, setSheet] = useState<{ name: string; data: ParsedSheet } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onFile = async (file: File) => {
    setSheet(null);
    const parsed = parseSheet(await file.text(), file.size);
    if (!parsed.ok) return setState({ kind: 'error', text: parsed.message });
    setSheet({ name: file.name, data: parsed.sheet });
    setMapping(guessMapping(parsed.sheet.headers));
    setState({ kind: 'idle' });
  };
  /** A file refused by the field (too big, unreadable) also closes the last file's column step. */
  const onFieldState = (next: ImportState) => {
    if (next.kind === 'error') setSheet(null);
    setState(next);
  };

  const rows = useMemo(() => (sheet && mapping ? buildRows(sheet.data, mapping) : null), [sheet, mapping]);

  const runImport = async () => {
    if (!rows?.ok) return;
    setState({ kind: 'busy', text: `Importing ${plural(rows.rows.length, 'application')}…` });
    try {
      const summary = await importSheetRows(db, rows.rows);
      setSheet(null);
      setState({
        kind: 'done',
        text:
          `Done: ${plural(summary.created, 'application')} added` +
          (summary.merged ? `, ${summary.merged.toLocaleString()} already tracked and merged.` : '.') +
          ' Welcome aboard — your search continues here.',
      });
    } catch {
      setState({ kind: 'error', text: 'The import could not be saved, so nothing was changed. Please try again.' });
    }
  };

  return (
    <section class="card data-section" aria-labelledby="sheet-import-title">
      <h2 id="sheet-import-title">Import from a spreadsheet</h2>
      <p>
        Kept a tracker in Excel, Numbers or Google Sheets? Save it as CSV and choose it here. You’ll check which column
        is which before anything is imported.
      </p>
      <ImportFileField file={SHEET_FILE} state={state} onState={onFieldState} onFile={onFile} />

      {sheet && mapping ? (
        <div class="sheet-mapping" data-testid="sheet-mapping">
          <h3>Which column holds what?</h3>
          <p class="field__hint">
            {plural(sheet.data.rows.length, 'row')} in {sheet.name}. Rebound guessed from the headers; change anything
            that is not right.
          </p>
          <div class="sheet-mapping__fields">
            {IMPORT_FIELDS.map((field) => (
              <MappingSelect
                key={field}
                field={field}
                headers={sheet.data.headers}
                value={mapping[field]}
                onChange={(index) => setMapping({ ...mapping, [field]: index })}
              />
            ))}
          </div>
          {rows && !rows.ok ? (
            <p role="alert" class="data-section__error">
              {rows.message}
            </p>
          ) : null}
          {rows?.ok ? (
            <>
              <Preview rows={rows.rows.slice(0, PREVIEW_ROWS)} total={rows.rows.length} />
              {rows.skipped ? (
                <p class="field__hint">
                  {plural(rows.skipped, 'row')} with neither a company nor a job title will be left out.
                </p>
              ) : null}
              {rows.unknownStatuses.length ? (
                <p class="field__hint">
                  Statuses Rebound could not place ({rows.unknownStatuses.slice(0, 5).join(', ')}) become Applied when
                  there is a date, otherwise Saved. You can change any of them later.
                </p>
              ) : null}
              <div class="actions">
                <button type="button" class="button button--primary" onClick={() => void runImport()} disabled={state.kind === 'busy'} data-testid="sheet-import-confirm">
                  Import {plural(rows.rows.length, 'application')}
                </button>
                <button type="button" class="button button--ghost" onClick={() => setSheet(null)}>
                  Cancel
                </button>
              </div>
            </>
          ) : null}
        </div>
      ) : null}
      <ImportMessage state={state} />
    </section>
  );
}

function MappingSelect(props: {
  field: ImportField;
  headers: readonly string[];
  value: number | null;
  onChange: (index: number | null) => void;
}) {
  const id = `map-${props.field}`;
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {IMPORT_FIELD_LABELS[props.field]}
      </label>
      <select
        id={id}
        class="input select"
        value={props.value === null ? '' : String(props.value)}
        onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
        data-field={props.field}
      >
        <option value="">Not in this file</option>
        {props.headers.map((header, i) => (
          <option key={i} value={String(i)}>
            {header || `Column ${i + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}

function Preview({ rows, total }: { rows: readonly ImportRow[]; total: number }) {
  return (
    <div class="sheet-preview">
      <table class="sheet-preview__table">
        <caption>
          First {rows.length} of {plural(total, 'application')}, as they will be imported
        </caption>
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Job title</th>
            <th scope="col">Stage</th>
            <th scope="col">Applied</th>
            <th scope="col">Link</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td>{row.company || '—'}</td>
              <td>{row.title || '—'}</td>
              <td>{STAGE_LABELS[row.stage]}</td>
              <td>{row.appliedAt === null ? '—' : formatDay(row.appliedAt)}</td>
              <td class="sheet-preview__url">{row.url || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
