/**
 * Builds what runs inside web pages, each as one self-contained classic script (no module loader,
 * no shared chunk, nothing fetched at run time), after `vite build` has built the rest with crxjs:
 *
 * - page/<site>.js: one always-on script per job board or ATS (src/content/watch-address.ts with that
 *   site's addresses as one pattern), declared in the manifest for that site's hosts only;
 * - all-sites.js: the script registered for every other site once the person opts in;
 * - agent.js: detection, extraction and the toast, injected by the background into job pages only;
 * - mail-<provider>.js: reads the opened email in Gmail / Outlook on the web, registered only after
 *   the person opts in for that provider (src/background/mail-readers.ts).
 *
 * The manifest's content_scripts are written here from the site tables (src/sites/manifest-entries.ts).
 *   TARGET=firefox tsx scripts/build-page-scripts.ts   builds into dist-firefox/ instead of dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { SITE_URLS } from '../src/sites/all-urls';
import { boardContentScripts, boardEntrySource, boardScriptFile, boardSites } from '../src/sites/manifest-entries';
import { MAIL_PROVIDER_IDS, mailScriptFile } from '../src/core/reply/providers';

const outDir = path.resolve(process.env.TARGET === 'firefox' ? 'dist-firefox' : 'dist');
const src = (file: string) => path.resolve('src', file).split(path.sep).join('/');

/** A virtual entry module, so seventeen sites need no seventeen entry files. */
function virtualEntry(id: string, code: string): Plugin {
  const resolved = `\0${id}`;
  return {
    name: `rebound-entry-${id}`,
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? code : null),
  };
}

async function buildScript(input: string, file: string, plugins: Plugin[] = []): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      rolldownOptions: { input, output: { format: 'iife', entryFileNames: file } },
    },
  });
}

if (!fs.existsSync(path.join(outDir, 'manifest.json'))) {
  console.error(`build-page-scripts: ${path.relative('.', outDir)}/manifest.json is missing: run \`vite build\` first.`);
  process.exit(1);
}

await buildScript(src('agent/index.ts'), 'agent.js');
await buildScript(src('content/all-sites.ts'), 'all-sites.js');
const SITES = boardSites(SITE_URLS);
for (const provider of MAIL_PROVIDER_IDS) await buildScript(src(`mail/${provider}/index.ts`), mailScriptFile(provider));
for (const site of SITES) {
  const entry = `rebound-board-${site.id}`;
  const code = boardEntrySource(site, src);
  await buildScript(entry, boardScriptFile(site.id), [virtualEntry(entry, code)]);
}

const manifestFile = path.join(outDir, 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
manifest.content_scripts = boardContentScripts(SITE_URLS);
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`page scripts: agent.js, all-sites.js, ${MAIL_PROVIDER_IDS.length} mail scripts and ${SITES.length} board scripts in ${path.relative('.', outDir)}/`);
