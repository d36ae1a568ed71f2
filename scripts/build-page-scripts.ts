/**
 * Builds what runs inside web pages, each as one self-contained classic script (no module loader,
 * no shared chunk, nothing fetched at run time), after `vite build` has built the rest with crxjs:
 *
 * - page/<site>.js: one always-on script per job board or ATS (src/content/watch-address.ts with that
 *   site's addresses as one pattern), declared in the manifest for that site's hosts only;
 * - all-sites.js: the script registered for every other site once the person opts in;
 * - agent-<site>.js and agent.js: detection, extraction and the toast, injected by the background into
 *   job pages only; each site's agent carries that site's reader alone, agent.js (the generic one) what
 *   any other page needs (scripts/lib/agent-builds.ts);
 * - mail-<provider>.js: reads the opened email in Gmail / Outlook on the web, registered only after
 *   the person opts in for that provider (src/background/mail-readers.ts).
 *
 * The manifest's content_scripts are written here from the site tables (src/sites/manifest-entries.ts).
 *   TARGET=firefox tsx scripts/build-page-scripts.ts   builds into dist-firefox/ instead of dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SITE_URLS } from '../src/sites/all-urls';
import { boardContentScripts, boardEntrySource, boardScriptFile, boardSites } from '../src/sites/manifest-entries';
import { MAIL_PROVIDER_IDS, mailScriptFile } from '../src/core/reply/providers';
import { agentBuilds } from './lib/agent-builds';
import { buildAgent, buildScript, virtualEntry } from './lib/page-script-build';

const outDir = path.resolve(process.env.TARGET === 'firefox' ? 'dist-firefox' : 'dist');
const src = (file: string) => path.resolve('src', file).split(path.sep).join('/');

if (!fs.existsSync(path.join(outDir, 'manifest.json'))) {
  console.error(`build-page-scripts: ${path.relative('.', outDir)}/manifest.json is missing: run \`vite build\` first.`);
  process.exit(1);
}

const AGENTS = agentBuilds();
const SITES = boardSites(SITE_URLS);
const jobs: (() => Promise<unknown>)[] = [
  ...AGENTS.map((agent) => () => buildAgent(agent, { outDir })),
  () => buildScript(src('content/all-sites.ts'), 'all-sites.js', { outDir }),
  ...MAIL_PROVIDER_IDS.map((provider) => () => buildScript(src(`mail/${provider}/index.ts`), mailScriptFile(provider), { outDir })),
  ...SITES.map((site) => () => {
    const entry = `rebound-board-${site.id}`;
    return buildScript(entry, boardScriptFile(site.id), { outDir, plugins: [virtualEntry(entry, boardEntrySource(site, src))] });
  }),
];
// Four builds at a time (85 of them with the per-site agents): each waits part of its time on rolldown's
// native threads and on files, so even two cores overlap them; the output is the same byte for byte.
const POOL = 4;
let next = 0;
await Promise.all(
  Array.from({ length: POOL }, async () => {
    while (next < jobs.length) await jobs[next++]!();
  }),
);

const manifestFile = path.join(outDir, 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
manifest.content_scripts = boardContentScripts(SITE_URLS);
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`page scripts: ${AGENTS.length} agents, all-sites.js, ${MAIL_PROVIDER_IDS.length} mail scripts and ${SITES.length} board scripts in ${path.relative('.', outDir)}/`);
