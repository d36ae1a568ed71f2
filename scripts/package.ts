/**
 * Store-ready zips of both builds: artifacts/rebound-chrome-<version>.zip (dist/) and
 * artifacts/rebound-firefox-<version>.zip (dist-firefox/). Run after `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

async function zipFolder(folder: string, out: string): Promise<number> {
  if (!fs.existsSync(path.join(folder, 'manifest.json'))) {
    throw new Error(`${folder}/manifest.json is missing: run \`npm run build\` first.`);
  }
  const zip = new JSZip();
  // Sorted paths and a fixed date make the zip reproducible from the same build.
  for (const file of filesUnder(folder).sort()) {
    zip.file(path.relative(folder, file).split(path.sep).join('/'), fs.readFileSync(file), {
      date: new Date('2026-01-01T00:00:00Z'),
    });
  }
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  fs.writeFileSync(out, buffer);
  return buffer.length;
}

fs.mkdirSync('artifacts', { recursive: true });
for (const [folder, name] of [
  ['dist', 'chrome'],
  ['dist-firefox', 'firefox'],
] as const) {
  const out = path.join('artifacts', `rebound-${name}-${version}.zip`);
  const bytes = await zipFolder(folder, out);
  console.log(`${out}  ${(bytes / 1024).toFixed(1)} KB`);
}
