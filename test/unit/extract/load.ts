import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../fixtures/extract');

/** Parse a fixture (or an HTML string) the way a page would be: DOMParser never runs scripts. */
export function fixture(name: string): Document {
  return html(readFileSync(path.join(DIR, name), 'utf8'));
}

export function html(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}
