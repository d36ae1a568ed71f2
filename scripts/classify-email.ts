/**
 * Classify emails saved as text files (header lines, a blank line, the body) and print one JSON line
 * per file: {"file","label","company","jobTitle","phrases"}.
 *   npm run -s classify-email -- FILE...
 */
import fs from 'node:fs';
import { classifyEmail } from '../src/core/reply/classify';
import { parseEmailFile } from './lib/email-file';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run -s classify-email -- FILE...   (each file: header lines, a blank line, the body)');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`classify-email: cannot read ${file}: ${(error as Error).message}`);
    failed++;
    continue;
  }
  const reading = classifyEmail(parseEmailFile(text));
  console.log(JSON.stringify({ file, label: reading.label, company: reading.company, jobTitle: reading.jobTitle, phrases: reading.phrases }));
}
process.exit(failed ? 1 : 0);
