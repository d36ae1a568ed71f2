/**
 * The registry of job sites, written from the folders in src/sites (scripts/write-site-registry.ts):
 * one generated module per part, so what needs only the addresses (the background, the settings
 * page) does not carry every site's reader and submit rule with them.
 */
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
const key = (id: string) => (/^[a-z_$][a-z0-9_$]*$/i.test(id) ? id : `'${id}'`);
const HEADER =
  '// Written by `npm run sites` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.\n';
/** The generated files are the only ones named like this in src/sites. */
export const GENERATED = /^all-[a-z-]+\.ts$/;

interface Part {
  file: string;
  /** The module each site folder exports this part from, and the export's name. */
  module: string;
  exported: string;
  type: string;
  typeFrom: string;
  doc: string;
  list: string;
  /** A record by site id instead of a list. */
  byId?: boolean;
}

const PARTS: Part[] = [
  { file: 'all-urls.ts', module: 'urls', exported: 'urls', type: 'SiteUrls', typeFrom: './site-urls', list: 'SITE_URLS',
    doc: "Each site's addresses (urls.ts): manifest, page scripts, the agent's gate, the background." },
  { file: 'all-examples.ts', module: 'urls', exported: 'examples', type: 'UrlExamples', typeFrom: './site-urls', list: 'EXAMPLES', byId: true,
    doc: 'The addresses written beside each site\'s patterns, by site id: tests and the bench read them.' },
  { file: 'all-readers.ts', module: 'extract', exported: 'reader', type: 'SiteReader', typeFrom: './site-reader', list: 'SITE_READERS',
    doc: "Each site's reader (extract.ts): detection and extraction." },
  { file: 'all-submit-rules.ts', module: 'submit', exported: 'submit', type: 'SubmitSite', typeFrom: './submit-rule', list: 'SUBMIT_RULES',
    doc: "Each site's submit rule (submit.ts): the agent." },
];

/** The generated files of src/sites (all-*.ts), by name. */
export function siteRegistryFiles(ids: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const part of PARTS) {
    const imports = ids.map((id) => `import { ${part.exported} as ${name(id)} } from './${id}/${part.module}';`);
    const body = part.byId
      ? `export const ${part.list}: Readonly<Record<string, ${part.type}>> = {\n${ids.map((id) => `  ${key(id)}: ${name(id)},`).join('\n')}\n};\n`
      : `export const ${part.list}: readonly ${part.type}[] = [\n${ids.map((id) => `  ${name(id)},`).join('\n')}\n];\n`;
    files[part.file] = `${HEADER}import type { ${part.type} } from '${part.typeFrom}';\n${imports.join('\n')}\n\n/** ${part.doc} */\n${body}`;
  }
  return files;
}
