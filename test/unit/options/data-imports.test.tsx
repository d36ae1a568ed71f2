/** The data page's two import fields: what they refuse before reading, and what they say. */
import { describe, expect, it } from 'vitest';
import type { ReboundDb } from '../../../src/db/schema';
import { BackupImport } from '../../../src/options/data/BackupImport';
import { SheetImport } from '../../../src/options/data/SheetImport';
import { byLabel, eachUiTest, mount, queryByText, waitFor } from '../ui/dom';
import { act } from 'preact/test-utils';

let db: ReboundDb;
eachUiTest({}, (fresh) => (db = fresh));

/** Choose a file in a file input, as the picker does. */
function chooseFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const alertText = (root: HTMLElement) => root.querySelector('[role="alert"]')?.textContent ?? '';
const CSV = 'Company,Job title,Status\nAcme,Data Engineer,Applied\nInitech,Analyst,Interviewing\n';

describe('the import file fields', () => {
  it('both refuse an empty file before reading it, say so, and change nothing', async () => {
    for (const [Section, label] of [
      [BackupImport, 'Backup file (.json)'],
      [SheetImport, 'Spreadsheet file (.csv)'],
    ] as const) {
      const view = mount(<Section db={db} />);
      chooseFile(byLabel(view.root, label), new File([], 'empty'));
      await waitFor(() => alertText(view.root) === 'This file is empty, so there is nothing to import. Nothing was changed.', `${label}: refusal`);
      expect(byLabel(view.root, label).value).toBe('');
      view.unmount();
    }
    expect(await db.applications.count()).toBe(0);
  });

  it('say when a file cannot be read, and the field is ready for the next one', async () => {
    const unreadable = new File(['x'], 'broken.csv');
    unreadable.text = () => Promise.reject(new Error('gone'));
    const view = mount(<SheetImport db={db} />);
    const field = byLabel(view.root, 'Spreadsheet file (.csv)');
    chooseFile(field, unreadable);
    await waitFor(() => alertText(view.root) === 'This file could not be read. Nothing was changed.', 'unreadable');
    expect(field.disabled).toBe(false);
  });

  it('a refused spreadsheet closes the column step of the one before', async () => {
    const view = mount(<SheetImport db={db} />);
    const field = byLabel(view.root, 'Spreadsheet file (.csv)');
    chooseFile(field, new File([CSV], 'tracker.csv'));
    await waitFor(() => view.root.querySelector('[data-testid="sheet-mapping"]'), 'column step');
    chooseFile(field, new File([], 'empty.csv'));
    await waitFor(() => alertText(view.root).startsWith('This file is empty'), 'refusal');
    expect(view.root.querySelector('[data-testid="sheet-mapping"]')).toBeNull();
    expect(await db.applications.count()).toBe(0);
  });

  it('a broken backup says why, and nothing is written', async () => {
    const view = mount(<BackupImport db={db} />);
    chooseFile(byLabel(view.root, 'Backup file (.json)'), new File(['{"not": "a backup"'], 'rebound.json'));
    await waitFor(() => alertText(view.root).endsWith('Nothing was changed.'), 'refusal');
    expect(queryByText(view.root, '[role="status"]', /Done/)).toBeUndefined();
    expect(await db.applications.count()).toBe(0);
  });
});
