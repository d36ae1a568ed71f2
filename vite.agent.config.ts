import { defineConfig } from 'vite';

/**
 * The page agent: detection, extraction and the in-page toast, built as one classic script so the
 * background can inject it with `scripting.executeScript({ files })` only into pages that need it.
 * It is never listed in content_scripts, so it costs nothing on pages that are not job pages.
 */
const outDir = process.env.TARGET === 'firefox' ? 'dist-firefox' : 'dist';

/**
 * PAGE_SCRIPT=all-sites builds the other single-file page script the background registers itself:
 * the small one for every other site once the person opts in (src/content/all-sites.ts).
 */
const PAGE_SCRIPTS = {
  agent: { entry: 'src/agent/index.ts', name: 'ReboundAgent', file: 'agent.js' },
  'all-sites': { entry: 'src/content/all-sites.ts', name: 'ReboundAllSites', file: 'all-sites.js' },
} as const;
const script = PAGE_SCRIPTS[process.env.PAGE_SCRIPT === 'all-sites' ? 'all-sites' : 'agent'];

export default defineConfig({
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: script.entry,
      formats: ['iife'],
      name: script.name,
      fileName: () => script.file,
    },
  },
});
