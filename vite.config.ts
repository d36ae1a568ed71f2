import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { SITE_URLS } from './src/sites/all-urls';
import { hostPermissions } from './src/sites/manifest-entries';

/**
 * One manifest (manifest.json) serves both targets. Its host permissions come from the sites
 * (src/sites/<id>/urls.ts); the page scripts' content_scripts entries are added by
 * scripts/build-page-scripts.ts once those scripts are built. `TARGET=firefox` derives the Firefox
 * variant: Firefox runs MV3 backgrounds as event pages (`background.scripts`) and needs a gecko id.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const baseManifest = { ...manifest, host_permissions: hostPermissions(SITE_URLS) };

function manifestFor(browser: 'chrome' | 'firefox') {
  if (browser === 'chrome') return baseManifest;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko_android: { strict_min_version: '142.0' },
      gecko: {
        id: 'rebound@rebound-extension.local',
        // 140 is the first release that reads data_collection_permissions (and the current ESR).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    // crxjs types its manifest strictly; the JSON import widens literals, hence the cast.
    crx({ manifest: manifestFor(target) as Parameters<typeof crx>[0]['manifest'], browser: target }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
