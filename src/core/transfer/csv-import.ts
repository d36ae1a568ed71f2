/**
 * Reading a spreadsheet (CSV) into rows Rebound can import. Parsing is papaparse's (quotes, embedded
 * line breaks, ; or tab separators from European spreadsheets); this module turns the parsed rows,
 * with the user's column mapping, into plain import rows, checking every row before any is written.
 */
import Papa from 'papaparse';
import { jobLink } from '../job-link';
import { parseTags } from '../job-details';
import type { Stage } from '../types';
import { IMPORT_FIELD_LABELS, stageFromStatus, type ColumnMapping } from './csv-mapping';
import { guessDayOrder, parseSheetDate } from './sheet-dates';
import { sizeProblem } from './limits';

export interface ParsedSheet {
  headers: string[];
  /** Data rows (after the header), each as many cells as it had. */
  rows: string[][];
}

export type SheetResult = { ok: true; sheet: ParsedSheet } | { ok: false; message: string };

export function parseSheet(text: string, byteSize: number): SheetResult {
  const tooBig = sizeProblem(byteSize);
  if (tooBig) return { ok: false, message: tooBig };
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body)) {
    return {
      ok: false,
      message: 'This looks like a JSON file, not a spreadsheet. To bring back a Rebound export, use “Import a Rebound backup”.',
    };
  }
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const [headers, ...rows] = parsed.data;
  if (!headers || headers.length < 2 || rows.length === 0) {
    return {
      ok: false,
      message:
        'Rebound could not find a table in this file. Please save your spreadsheet as CSV, with a header row (Company, Position, …) and one row per application.',
    };
  }
  return { ok: true, sheet: { headers: headers.map((h) => h.trim()), rows } };
}

export interface ImportRow {
  /** 1-based row number as the spreadsheet shows it (the header is row 1). */
  line: number;
  company: string;
  title: string;
  url: string;
  board: string;
  jobId: string;
  appliedAt: number | null;
  stage: Stage;
  location: string;
  notes: string;
  tags: string[];
}

export type RowsResult =
  | { ok: true; rows: ImportRow[]; skipped: number; unknownStatuses: string[] }
  | { ok: false; message: string };

function cell(row: readonly string[], index: number | null): string {
  return index === null ? '' : (row[index] ?? '').trim();
}

/**
 * Rows with neither a company nor a title are left out (blank lines, totals, section titles), and
 * counted so the preview can say so. A date Rebound cannot read stops the whole import, naming the
 * row, rather than quietly importing it without its date.
 */
export function buildRows(sheet: ParsedSheet, mapping: ColumnMapping): RowsResult {
  if (mapping.company === null && mapping.title === null) {
    return { ok: false, message: 'Please choose the column with the company or the one with the job title.' };
  }
  const order = guessDayOrder(sheet.rows.map((row) => cell(row, mapping.appliedOn)));
  const rows: ImportRow[] = [];
  const unknown = new Set<string>();
  let skipped = 0;
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i]!;
    const line = i + 2;
    const company = cell(row, mapping.company);
    const title = cell(row, mapping.title);
    if (!company && !title) {
      skipped += 1;
      continue;
    }
    const dateText = cell(row, mapping.appliedOn);
    const appliedAt = parseSheetDate(dateText, order);
    if (dateText && appliedAt === null) {
      return {
        ok: false,
        message: `Row ${line.toLocaleString('en-US')}: “${dateText.slice(0, 40)}” in the ${IMPORT_FIELD_LABELS.appliedOn.toLowerCase()} column is not a date Rebound can read (try 2026-03-14). Nothing was imported.`,
      };
    }
    const statusText = cell(row, mapping.status);
    const fromStatus = stageFromStatus(statusText);
    if (statusText && !fromStatus) unknown.add(statusText);
    // With no status to go by, a row with an applied date was sent; one without is a saved job.
    const stage: Stage = fromStatus ?? (appliedAt !== null ? 'applied' : 'saved');
    rows.push({
      line,
      company,
      title,
      ...jobLink(cell(row, mapping.url)),
      appliedAt,
      stage,
      location: cell(row, mapping.location),
      notes: cell(row, mapping.notes),
      tags: parseTags(cell(row, mapping.tags).replace(/[;|]/g, ',')),
    });
  }
  if (rows.length === 0) {
    return { ok: false, message: 'None of the rows has a company or a job title in the chosen columns, so there is nothing to import.' };
  }
  return { ok: true, rows, skipped, unknownStatuses: [...unknown] };
}
