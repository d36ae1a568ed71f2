/**
 * `npm run sites`: writes src/sites/all-*.ts, the registry of job sites, from the folders in
 * src/sites (every folder there is one site, with urls.ts, extract.ts and submit.ts). Adding a site
 * is adding its folder; `npm run build` and `npm test` run this first. Generated modules rather than
 * `import.meta.glob`, because the command-line tools (detect, evaluations, bench) run under tsx, not
 * Vite. test/unit/sites/urls.test.ts fails when the registry is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GENERATED, siteFolders, siteRegistryFiles } from './lib/site-registry';

const dir = path.resolve('src/sites');
const files = siteRegistryFiles(siteFolders(dir));
for (const stale of fs.readdirSync(dir).filter((file) => GENERATED.test(file) && !(file in files))) fs.rmSync(path.join(dir, stale));
for (const [name, source] of Object.entries(files)) {
  const file = path.join(dir, name);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === source) continue;
  fs.writeFileSync(file, source);
  console.log(`sites: wrote ${path.relative('.', file)}`);
}
