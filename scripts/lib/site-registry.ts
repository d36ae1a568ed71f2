/** The source of src/sites/index.ts, from the site folders (scripts/write-site-registry.ts). */
import fs from 'node:fs';

/** Every folder under src/sites is one site, named by its id. */
export function siteFolders(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const name = (id: string) => id.replace(/[^a-z0-9]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());

export function siteRegistrySource(ids: readonly string[]): string {
  const imports = ids.flatMap((id) => [
    `import { examples as ${name(id)}Examples, urls as ${name(id)}Urls } from './${id}/urls';`,
    `import { reader as ${name(id)}Reader } from './${id}/extract';`,
    `import { submit as ${name(id)}Submit } from './${id}/submit';`,
  ]);
  const list = (suffix: string) => ids.map((id) => `  ${name(id)}${suffix},`).join('\n');
  return `// Written by \`npm run sites\` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.
// Every folder is one site; the lists are in folder order. Lookups are in ./find.ts.
import type { SiteReader } from './site-reader';
import type { SiteUrls, UrlExamples } from './site-urls';
import type { SubmitSite } from './submit-rule';
${imports.join('\n')}

/** Each site's addresses (urls.ts): manifest, page scripts, the agent's gate, the background. */
export const SITE_URLS: readonly SiteUrls[] = [
${list('Urls')}
];

/** The addresses written beside each site's patterns, by site id: tests and the bench read them. */
export const EXAMPLES: Readonly<Record<string, UrlExamples>> = {
${ids.map((id) => `  ${/^[a-z_$][a-z0-9_$]*$/i.test(id) ? id : `'${id}'`}: ${name(id)}Examples,`).join('\n')}
};

/** Each site's reader (extract.ts): detection and extraction. */
export const SITE_READERS: readonly SiteReader[] = [
${list('Reader')}
];

/** Each site's submit rule (submit.ts): the agent. */
export const SUBMIT_RULES: readonly SubmitSite[] = [
${list('Submit')}
];
`;
}
