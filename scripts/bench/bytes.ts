/**
 * Bytes on every page: what the manifest's content scripts inject (loaders and static imports
 * followed, as ../shared/tools/content-script-size.mjs does), and what a job page gets on top (the
 * page agent, injected by the background only there: its site's agent-<site>.js on a known site, the
 * generic agent.js anywhere else; a page gets one).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface Size {
  raw: number;
  gzip: number;
}

export interface ByteFigures {
  /** The largest of the per-site always-on scripts (a page gets one); `files` lists them all. */
  contentScript: { files: string[]; raw: number; gzip: number };
  /** The generic agent (agent.js), and the largest and smallest of the per-site agents (agent-<site>.js). */
  agent: { generic: Size; largestSite: Size & { file: string }; smallestSite: Size & { file: string }; sites: number };
  /** What every other https page gets once the person opts in to capture everywhere. */
  allSites: { raw: number; gzip: number };
  nonJobPageTotal: { raw: number; gzip: number };
  jobPageTotal: { raw: number; gzip: number };
}

const gzip = (buf: Buffer) => zlib.gzipSync(buf, { level: 9 }).length;

/** What each content_scripts entry of the manifest injects, files followed through imports. */
function injectedFiles(dist: string): string[][] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  return (manifest.content_scripts ?? []).map((cs) => entryFiles(dist, cs.js ?? []));
}

function entryFiles(dist: string, js: string[]): string[] {
  const seen = new Set<string>();
  const queue = js.map((f) => path.join(dist, f));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) queue.push(path.join(dist, m[1]!.replace(/^\//, '')));
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(path.resolve(path.dirname(file), m[1]!));
    }
  }
  return [...seen];
}

/** Every page agent the build wrote (agent.js and agent-<site>.js), as paths relative to dist. */
export function agentFiles(dist: string): string[] {
  return fs.readdirSync(dist).filter((file) => /^agent(-[a-z0-9-]+)?\.js$/.test(file)).sort();
}

function sizeOf(dist: string, file: string): Size & { file: string } {
  const buf = fs.readFileSync(path.join(dist, file));
  return { file, raw: buf.length, gzip: gzip(buf) };
}

export function measureBytes(dist: string): ByteFigures {
  const entries = injectedFiles(dist).map((files) => Buffer.concat(files.map((f) => fs.readFileSync(f))));
  const files = [...new Set(injectedFiles(dist).flat())];
  const content = entries.reduce((largest, entry) => (gzip(entry) > gzip(largest) ? entry : largest), Buffer.alloc(0));
  const { file: _, ...generic } = sizeOf(dist, 'agent.js');
  const perSite = agentFiles(dist)
    .filter((file) => file !== 'agent.js')
    .map((file) => sizeOf(dist, file))
    .sort((a, b) => a.gzip - b.gzip);
  if (perSite.length === 0) throw new Error(`No agent-<site>.js in ${dist}: run \`npm run build\` first.`);
  const largestSite = perSite[perSite.length - 1]!;
  // A job page gets one agent: the largest it can get, of either kind.
  const largest = Math.max(generic.gzip, largestSite.gzip) === generic.gzip ? generic : largestSite;
  const allSites = fs.readFileSync(path.join(dist, 'all-sites.js'));
  return {
    contentScript: { files: files.map((f) => path.relative(dist, f)), raw: content.length, gzip: gzip(content) },
    agent: { generic, largestSite, smallestSite: perSite[0]!, sites: perSite.length },
    allSites: { raw: allSites.length, gzip: gzip(allSites) },
    nonJobPageTotal: { raw: content.length, gzip: gzip(content) },
    // Gzipped separately, as they are two separate files.
    jobPageTotal: { raw: content.length + largest.raw, gzip: gzip(content) + largest.gzip },
  };
}
