import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Import direction, one way (ARCHITECTURE.md): pure logic reaches no browser glue, the store reaches
 * no screen, page scripts reach neither the store nor the screens. Each layer lists what it must not
 * import; test/unit/lint/import-direction.test.ts proves the rule fails on a wrong-way import.
 */
const LAYERS = {
  core: ['shared', 'db', 'ui', 'background', 'popup', 'options', 'agent', 'content'],
  sites: ['shared', 'db', 'ui', 'background', 'popup', 'options', 'agent', 'content'],
  db: ['ui', 'background', 'popup', 'options', 'agent', 'content'],
  shared: ['ui', 'background', 'popup', 'options', 'agent', 'content'],
  ui: ['background', 'popup', 'options', 'agent', 'content'],
  content: ['db', 'ui', 'background', 'popup', 'options', 'agent', 'sites'],
  agent: ['db', 'ui', 'background', 'popup', 'options'],
  background: ['ui', 'popup', 'options', 'agent', 'content'],
  popup: ['background', 'options', 'agent', 'content'],
  options: ['background', 'popup', 'agent', 'content'],
};
/** Packages that are browser or storage glue: pure logic and the site rules take none of them. */
const GLUE = ['webextension-polyfill', 'dexie', 'preact', 'preact/hooks'];

function importDirection(layer, forbidden) {
  const outer = forbidden.join('|');
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      ...(['core', 'sites'].includes(layer)
        ? { 'no-restricted-globals': ['error', ...['chrome', 'browser'].map((name) => ({ name, message: `src/${layer} is pure logic: no extension APIs.` }))] }
        : {}),
      'no-restricted-imports': [
        'error',
        {
          ...(['core', 'sites'].includes(layer)
            ? { paths: GLUE.map((name) => ({ name, message: `src/${layer} is pure logic: no browser or storage glue.` })) }
            : {}),
          patterns: [
            {
              // A relative import that climbs out of src/<layer> into a forbidden sibling.
              regex: `^(\\.\\./)+(${outer})(/|$)`,
              message: `Import direction: src/${layer} must not import from ${forbidden.map((f) => `src/${f}`).join(', ')}.`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'artifacts/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or DOM nodes: page text is data, never markup.' },
        { property: 'outerHTML', message: 'Use textContent or DOM nodes: page text is data, never markup.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes instead.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render markup from strings.' },
      ],
    },
  },
  ...Object.entries(LAYERS).map(([layer, forbidden]) => importDirection(layer, forbidden)),
);
