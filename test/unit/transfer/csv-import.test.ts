import { describe, expect, it } from 'vitest';
import { guessMapping, stageFromStatus } from '../../../src/core/transfer/csv-mapping';
import { buildRows, parseSheet } from '../../../src/core/transfer/csv-import';
import { parseSheetDate } from '../../../src/core/transfer/sheet-dates';
import { applicationsToCsv, CSV_HEADER } from '../../../src/core/transfer/csv-export';
import { generatePipeline } from '../../support/pipeline';

const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

describe('guessMapping', () => {
  it('reads the headers people use', () => {
    const mapping = guessMapping(['Company', 'Position', 'Link', 'Applied on', 'Status', 'Notes', 'Labels']);
    expect(mapping).toEqual({ company: 0, title: 1, url: 2, appliedOn: 3, status: 4, location: null, notes: 5, tags: 6 });
  });

  it('tells "Application status" from "Application date", and uses no column twice', () => {
    const mapping = guessMapping(['Employer', 'Role', 'Application Status', 'Application Date', 'Job URL']);
    expect(mapping).toMatchObject({ company: 0, title: 1, status: 2, appliedOn: 3, url: 4 });
  });

  it('maps Rebound’s own CSV export back', () => {
    const mapping = guessMapping(CSV_HEADER);
    expect(mapping.company).toBe(CSV_HEADER.indexOf('Company'));
    expect(mapping.title).toBe(CSV_HEADER.indexOf('Job title'));
    expect(mapping.url).toBe(CSV_HEADER.indexOf('Link'));
    expect(mapping.appliedOn).toBe(CSV_HEADER.indexOf('Applied on'));
    expect(mapping.status).toBe(CSV_HEADER.indexOf('Stage'));
    expect(mapping.tags).toBe(CSV_HEADER.indexOf('Tags'));
  });

  it('leaves a field unmapped when no header fits', () => {
    expect(guessMapping(['Foo', 'Bar'])).toMatchObject({ company: null, title: null });
  });
});

describe('stageFromStatus', () => {
  it.each([
    ['Interview', 'interviewing'],
    ['2nd round interview', 'interviewing'],
    ['Rejected', 'rejected'],
    ['Rejected after interview', 'rejected'],
    ['Ghosted', 'no_response'],
    ['No response', 'no_response'],
    ['Phone screen', 'screening'],
    ['Applied', 'applied'],
    ['Offer', 'offer'],
    ['Offer accepted', 'accepted'],
    ['Withdrew', 'withdrawn'],
    ['Wishlist', 'saved'],
  ])('%s → %s', (word, stage) => expect(stageFromStatus(word)).toBe(stage));

  it('gives null for a word it cannot place', () => expect(stageFromStatus('Purple')).toBeNull());
});

describe('parseSheetDate', () => {
  it('reads the common formats as local dates', () => {
    expect(parseSheetDate('2026-03-14')).toBe(noon(2026, 3, 14));
    expect(parseSheetDate('3/14/2026')).toBe(noon(2026, 3, 14));
    expect(parseSheetDate('14/3/2026', 'dmy')).toBe(noon(2026, 3, 14));
    expect(parseSheetDate('14.03.2026')).toBe(noon(2026, 3, 14));
    expect(parseSheetDate('Mar 14, 2026')).toBe(noon(2026, 3, 14));
    expect(parseSheetDate('14 March 2026')).toBe(noon(2026, 3, 14));
    expect(parseSheetDate('46095')).toBe(noon(2026, 3, 14));
  });

  it('refuses what is not a date', () => {
    for (const bad of ['next tuesday', '2026-02-30', '13/13/2026', '12345678']) expect(parseSheetDate(bad)).toBeNull();
  });
});

describe('parseSheet + buildRows', () => {
  const csv = [
    'Company,Position,Link,Applied on,Status,Notes',
    'Acme,Engineer,https://boards.greenhouse.io/acme/jobs/4001,14/03/2026,Interview,"Met Sam, nice"',
    'Globex,"Designer, Senior",globex.com/jobs/9,15/03/2026,Ghosted,',
    ',,,,Total: 3,',
    'Initech,Analyst,javascript:alert(1),,Purple,',
  ].join('\r\n');

  it('turns mapped rows into import rows, day-first dates detected from the column', () => {
    const sheet = parseSheet(csv, csv.length);
    if (!sheet.ok) throw new Error(sheet.message);
    const result = buildRows(sheet.sheet, guessMapping(sheet.sheet.headers));
    if (!result.ok) throw new Error(result.message);
    expect(result.skipped).toBe(1);
    expect(result.unknownStatuses).toEqual(['Purple']);
    const [acme, globex, initech] = result.rows;
    expect(acme).toMatchObject({ line: 2, company: 'Acme', title: 'Engineer', stage: 'interviewing', board: 'greenhouse', jobId: '4001', notes: 'Met Sam, nice' });
    expect(acme?.appliedAt).toBe(noon(2026, 3, 14));
    expect(globex).toMatchObject({ title: 'Designer, Senior', url: 'https://globex.com/jobs/9', board: 'web', stage: 'no_response' });
    // A javascript: link is never kept; an unknown status with no date is a saved job.
    expect(initech).toMatchObject({ url: '', board: '', stage: 'saved' });
  });

  it('stops at a date it cannot read, naming the row', () => {
    const bad = 'Company,Title,Date applied\nAcme,Engineer,2026-03-01\nGlobex,Designer,soon-ish\n';
    const sheet = parseSheet(bad, bad.length);
    if (!sheet.ok) throw new Error(sheet.message);
    const result = buildRows(sheet.sheet, guessMapping(sheet.sheet.headers));
    expect(result.ok ? '' : result.message).toMatch(/^Row 3: “soon-ish”.*not a date/);
  });

  it('refuses a JSON file and a file with no table', () => {
    expect(parseSheet('{"format":"rebound-export"}', 30)).toMatchObject({ ok: false, message: expect.stringMatching(/JSON file/) });
    expect(parseSheet('just one line', 13)).toMatchObject({ ok: false, message: expect.stringMatching(/could not find a table/) });
  });

  it('reads Rebound’s own CSV export back with every stage', () => {
    const { applications, events } = generatePipeline(100, 4, 20);
    const text = applicationsToCsv(applications, events);
    const sheet = parseSheet(text, text.length);
    if (!sheet.ok) throw new Error(sheet.message);
    const result = buildRows(sheet.sheet, guessMapping(sheet.sheet.headers));
    if (!result.ok) throw new Error(result.message);
    expect(result.rows.map((row) => row.stage)).toEqual(applications.map((app) => app.stage));
  });
});
