import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applicationsToCsv, CSV_HEADER } from '../../../src/core/transfer/csv-export';
import { isoDay } from '../../../src/core/days';
import { csvLine, quoteCell, safeCell } from '../../../src/core/transfer/csv-format';
import { generatePipeline } from '../../support/pipeline';
import { buildRows } from '../../../src/core/transfer/csv-import';
import { guessMapping } from '../../../src/core/transfer/csv-mapping';

describe('CSV cells', () => {
  it('makes formula-looking cells plain text with a leading apostrophe', () => {
    for (const danger of ['=HYPERLINK("http://evil")', '+1 555', '-2+3', '@SUM(A1)', '\tTabbed', '\rReturn']) {
      expect(safeCell(danger)).toBe(`'${danger}`);
    }
    for (const fine of ['Acme', '', 'a=b', 'C++ developer', "'already"]) expect(safeCell(fine)).toBe(fine);
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(quoteCell('plain')).toBe('plain');
    expect(quoteCell('Lyon, France')).toBe('"Lyon, France"');
    expect(quoteCell('Say "hi"')).toBe('"Say ""hi"""');
    expect(quoteCell('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['=1+1', 'a,"b"'])).toBe(`'=1+1,"a,""b"""`);
  });
});

describe('applicationsToCsv', () => {
  const { applications, events } = generatePipeline(200, 3, 50);

  it('has one row per application, readable back by a CSV parser, with each stage date from the timeline', () => {
    const csv = applicationsToCsv(applications, events);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_HEADER]);
    expect(parsed).toHaveLength(201);
    const col = (name: string) => CSV_HEADER.indexOf(name);
    for (let i = 0; i < applications.length; i++) {
      const app = applications[i]!;
      const row = parsed[i + 1]!;
      expect(row[col('Rebound ID')]).toBe(app.id);
      expect(row[col('Notes')]).toBe(app.notes);
      expect(row[col('Applied on')]).toBe(isoDay(app.appliedAt));
      const rejection = events.find((e) => e.applicationId === app.id && e.to === 'rejected');
      expect(row[col('Rejected on')]).toBe(rejection ? isoDay(rejection.at) : '');
      const interview = events.find((e) => e.applicationId === app.id && e.to === 'interviewing');
      expect(row[col('Interviewing on')]).toBe(interview ? isoDay(interview.at) : '');
      // Formula-looking titles and companies come back with their apostrophe, never bare.
      expect(row[col('Job title')]).toBe(app.title.startsWith('=') ? `'${app.title}` : app.title);
      expect(row[col('Company')]).toBe(app.company.startsWith('+') ? `'${app.company}` : app.company);
    }
    expect(applications.some((a) => a.title.startsWith('='))).toBe(true);
  });
});

describe('the schema v4 details in the CSV', () => {
  it('exports tags, excitement, deadline and what was sent, and reads the tags back in', () => {
    const [app] = generatePipeline(1, 0, 0).applications;
    const deadline = new Date(2026, 2, 14).getTime();
    const withDetails = { ...app!, tags: ['Referral', 'fintech'], excitement: 5, deadline, resumeVersion: 'v3 data', coverLetterVersion: '' };
    const csv = applicationsToCsv([withDetails, { ...app!, id: 'older', tags: undefined, excitement: undefined }], []);
    const [header, row, older] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const col = (name: string) => header!.indexOf(name);
    expect(row![col('Tags')]).toBe('Referral, fintech');
    expect(row![col('Excitement (1–5)')]).toBe('5');
    expect(row![col('Deadline')]).toBe('2026-03-14');
    expect(row![col('Résumé sent')]).toBe('v3 data');
    expect(older![col('Tags')]).toBe('');
    expect(older![col('Excitement (1–5)')]).toBe('');
    const back = buildRows({ headers: header!, rows: [row!] }, guessMapping(header!));
    expect(back.ok && back.rows[0]!.tags).toEqual(['Referral', 'fintech']);
  });
});
