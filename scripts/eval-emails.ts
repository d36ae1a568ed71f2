/**
 * npm run eval:emails — classify the employer emails in ../shared/emails (third-party, read in place,
 * never copied) and check them against its MANIFEST.tsv. Prints a per-file table and totals, writes
 * artifacts/eval-emails.json, and exits non-zero below the bars:
 *   rejection precision ≥ 0.97 and recall ≥ 0.90, acknowledgement recall ≥ 0.85, company right on ≥ 0.85
 *   of the emails that state one, and no "other" email called a rejection or an offer.
 * Another folder in the same form: `npm run eval:emails -- --dir path/to/emails`.
 *
 * Company rule: the same after companyKey() (case, accents, legal forms, team words, a leading "The",
 * a web suffix), or one name is the other's first words ("Raytheon" / "Raytheon Technologies").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifyEmail } from '../src/core/reply/classify';
import { sameCompany } from '../src/core/reply/company-name';
import type { ReplyLabel } from '../src/core/reply/types';
import { parseEmailFile } from './lib/email-file';

const BARS = { rejectionPrecision: 0.97, rejectionRecall: 0.9, acknowledgementRecall: 0.85, company: 0.85 };

const dirArg = process.argv.indexOf('--dir');
const DIR = path.resolve(dirArg > 0 ? (process.argv[dirArg + 1] ?? '') : path.join('..', 'shared', 'emails'));

interface Row {
  file: string;
  label: ReplyLabel;
  company: string;
  jobTitle: string;
}

function readManifest(dir: string): Row[] {
  const [header, ...lines] = readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const get = (name: string) => {
      const value = (cells[cols.indexOf(name)] ?? '').trim();
      return value === '-' ? '' : value;
    };
    return { file: get('file'), label: get('label') as ReplyLabel, company: get('company'), jobTitle: get('job_title') };
  });
}

function main(): void {
  if (!existsSync(path.join(DIR, 'MANIFEST.tsv'))) {
    console.log(`eval:emails: ${path.relative('.', DIR) || DIR} not found, skipping the email evaluation`);
    return;
  }
  const started = performance.now();
  const rows = readManifest(DIR);
  const results = rows.map((row) => {
    const got = classifyEmail(parseEmailFile(readFileSync(path.join(DIR, row.file), 'utf8')));
    const companyOk = row.company ? sameCompany(row.company, got.company) : null;
    return { ...row, got, companyOk };
  });

  console.log(['file'.padEnd(56), 'expected'.padEnd(16), 'got'.padEnd(16), 'company', 'found company / title'].join('  '));
  for (const r of results) {
    const flag = r.got.label === r.label ? '' : '  <-- misread';
    const company = r.companyOk === null ? '-' : r.companyOk ? 'ok' : 'NO';
    console.log(
      [r.file.padEnd(56), r.label.padEnd(16), r.got.label.padEnd(16), company.padEnd(7), `${r.got.company || '·'} / ${r.got.jobTitle || '·'}${flag}`].join('  '),
    );
  }

  const count = (pred: (r: (typeof results)[number]) => boolean) => results.filter(pred).length;
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  const rejTp = count((r) => r.label === 'rejection' && r.got.label === 'rejection');
  const summary = {
    emails: results.length,
    labelAccuracy: ratio(count((r) => r.label === r.got.label), results.length),
    rejectionPrecision: ratio(rejTp, count((r) => r.got.label === 'rejection')),
    rejectionRecall: ratio(rejTp, count((r) => r.label === 'rejection')),
    acknowledgementRecall: ratio(
      count((r) => r.label === 'acknowledgement' && r.got.label === 'acknowledgement'),
      count((r) => r.label === 'acknowledgement'),
    ),
    company: { ok: count((r) => r.companyOk === true), of: count((r) => r.companyOk !== null) },
    otherCalledRejectionOrOffer: count((r) => r.label === 'other' && (r.got.label === 'rejection' || r.got.label === 'offer')),
    misread: results.filter((r) => r.label !== r.got.label).map((r) => ({ file: r.file, expected: r.label, got: r.got.label })),
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
  const companyRate = ratio(summary.company.ok, summary.company.of);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `\n${summary.emails} emails · labels right ${pct(summary.labelAccuracy)} · rejection precision ${pct(summary.rejectionPrecision)} recall ${pct(summary.rejectionRecall)}` +
      ` · acknowledgement recall ${pct(summary.acknowledgementRecall)} · company ${summary.company.ok}/${summary.company.of} (${pct(companyRate)})` +
      ` · "other" called rejection or offer: ${summary.otherCalledRejectionOrOffer} · ${summary.seconds}s`,
  );
  mkdirSync('artifacts', { recursive: true });
  writeFileSync(path.join('artifacts', 'eval-emails.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const failures = [
    summary.rejectionPrecision < BARS.rejectionPrecision && 'rejection precision',
    summary.rejectionRecall < BARS.rejectionRecall && 'rejection recall',
    summary.acknowledgementRecall < BARS.acknowledgementRecall && 'acknowledgement recall',
    companyRate < BARS.company && 'company',
    summary.otherCalledRejectionOrOffer > 0 && '"other" emails called a rejection or an offer',
  ].filter(Boolean);
  if (failures.length) {
    console.error(`eval:emails: below the bar for ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main();
