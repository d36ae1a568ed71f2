import { defineConfig } from 'vite';

/**
 * The page agent: detection, extraction and the in-page toast, built as one classic script so the
 * background can inject it with `scripting.executeScript({ files })` only into pages that need it.
 * It is never listed in content_scripts, so it costs nothing on pages that are not job pages.
 */
const outDir = process.env.TARGET === 'firefox' ? 'dist-firefox' : 'dist';

export default defineConfig({
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/agent/index.ts',
      formats: ['iife'],
      name: 'ReboundAgent',
      fileName: () => 'agent.js',
    },
  },
});
