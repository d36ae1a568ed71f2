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
for (const agent of AGENTS) await buildAgent(agent, { outDir });
await buildScript(src('content/all-sites.ts'), 'all-sites.js', { outDir });
const SITES = boardSites(SITE_URLS);
for (const provider of MAIL_PROVIDER_IDS) await buildScript(src(`mail/${provider}/index.ts`), mailScriptFile(provider), { outDir });
for (const site of SITES) {
  const entry = `rebound-board-${site.id}`;
  const code = boardEntrySource(site, src);
  await buildScript(entry, boardScriptFile(site.id), { outDir, plugins: [virtualEntry(entry, code)] });
}

const manifestFile = path.join(outDir, 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
manifest.content_scripts = boardContentScripts(SITE_URLS);
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`page scripts: ${AGENTS.length} agents, all-sites.js, ${MAIL_PROVIDER_IDS.length} mail scripts and ${SITES.length} board scripts in ${path.relative('.', outDir)}/`);
