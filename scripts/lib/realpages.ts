/**
 * The real-page corpora in ../shared/realpages and ../shared/realpages-more (third-party pages, read in
 * place, never copied into the project) and their ground truth, MANIFEST.tsv in each. Shared by the
 * detection evaluation and the benchmark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const REALPAGES_DIR = path.resolve('..', 'shared', 'realpages');
/** Every corpus the detection evaluation measures as one set. */
export const CORPUS_DIRS = [REALPAGES_DIR, path.resolve('..', 'shared', 'realpages-more')];

export interface Row {
  file: string;
  url: string;
  title: string;
  company: string;
  location: string;
  posting: boolean;
  confirmation: boolean;
}

export function readManifest(dir: string): Row[] {
  const [header, ...lines] = readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const get = (name: string) => (cells[cols.indexOf(name)] ?? '').trim();
    return {
      file: get('filename'),
      // "https://…/ (id from filename)" → the address alone.
      url: get('page_url').replace(/\s+\(.*\)\s*$/, ''),
      title: get('expected_title'),
      company: get('expected_company'),
      location: stripSourceRemark(get('expected_location')),
      posting: /^y/i.test(get('expect_is_posting')),
      confirmation: /^y/i.test(get('expect_is_confirmation')),
    };
  });
}

function stripSourceRemark(value: string): string {
  return value.replace(/\s*\((?:[^)]*json-ld[^)]*|filters|[^)]*in description[^)]*)\)\s*$/i, '');
}

