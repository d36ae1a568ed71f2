/**
 * npm run detect -- --url <page-url> <file.html|file.html.gz>
 * Prints one JSON line: {"page": …, "job": {title, company, location, salary, employmentType, remote, board, jobId, url} | null}
 */
import { existsSync } from 'node:fs';
import { detectPage } from '../src/core/extract/index';
import { parseHtml, readHtml } from './lib/load-page';

const USAGE = 'usage: npm run detect -- --url <page-url> <file.html|file.html.gz>';

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { url: string; file: string } {
  let url = '';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i] ?? '';
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (!url) fail(`missing --url. ${USAGE}`);
  if (!/^https?:\/\//i.test(url)) fail(`--url must be an http(s) address, got "${url}"`);
  if (files.length !== 1) fail(`give exactly one HTML file. ${USAGE}`);
  return { url, file: files[0]! };
}

async function main(): Promise<void> {
  const { url, file } = parseArgs(process.argv.slice(2));
  if (!existsSync(file)) fail(`no such file: ${file}`);
  let html: string;
  try {
    html = await readHtml(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  const page = parseHtml(html, url);
  const { page: kind, job } = detectPage(page.document, url);
  const out = job && {
    title: job.title, company: job.company, location: job.location, salary: job.salary,
    employmentType: job.employmentType, remote: job.workMode, board: job.board, jobId: job.jobId, url: job.url,
  };
  process.stdout.write(`${JSON.stringify({ page: kind, job: out })}\n`);
  await page.close();
}

main().catch((error: unknown) => fail((error as Error).message ?? String(error)));
