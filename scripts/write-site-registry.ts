/**
 * `npm run sites`: writes src/sites/index.ts, the registry of job sites, from the folders in
 * src/sites (every folder there is one site, with urls.ts, extract.ts and submit.ts). Adding a site
 * is adding its folder; `npm run build` and `npm test` run this first. A generated module rather than
 * `import.meta.glob`, because the command-line tools (detect, evaluations, bench) run under tsx, not
 * Vite. test/unit/sites/registry.test.ts fails when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteFolders, siteRegistrySource } from './lib/site-registry';

const dir = path.resolve('src/sites');
const file = path.join(dir, 'index.ts');
const source = siteRegistrySource(siteFolders(dir));
if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== source) {
  fs.writeFileSync(file, source);
  console.log(`sites: wrote ${path.relative('.', file)}`);
}
