// @vitest-environment node
/**
 * The import-direction rule in eslint.config.js bites: a wrong-way import in each guarded layer
 * fails lint, and the same file importing the allowed way passes (so the rule is not refusing all).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import direction', () => {
  it.each([
    ['src/core/stats/new-rule.ts', "import { send } from '../../shared/send';\nexport const x = send;\n", 'src/core must not import from'],
    ['src/core/new-rule.ts', "import { getDb } from '../db/schema';\nexport const x = getDb;\n", 'src/core must not import from'],
    ['src/core/new-rule.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;\n", 'no browser or storage glue'],
    ['src/core/new-rule.ts', 'export const x = () => chrome.runtime.id;\n', 'no extension APIs'],
    ['src/sites/newboard/extract.ts', "import { getDb } from '../../db/schema';\nexport const x = getDb;\n", 'src/sites must not import from'],
    ['src/db/new-store.ts', "import { Popup } from '../popup/Popup';\nexport const x = Popup;\n", 'src/db must not import from'],
    ['src/content/new-script.ts', "import { getDb } from '../db/schema';\nexport const x = getDb;\n", 'src/content must not import from'],
    ['src/ui/NewThing.tsx', "import { wireAllSites } from '../background/all-sites';\nexport const x = wireAllSites;\n", 'src/ui must not import from'],
  ])('%s: a wrong-way import fails', async (file, code, words) => {
    const found = await problems(file, code);
    expect(found.join('\n')).toContain(words);
  });

  it('lets the same layers import the allowed way', async () => {
    expect(await problems('src/core/new-rule.ts', "import { STAGES } from './types';\nexport const x = STAGES;\n")).toEqual([]);
    expect(await problems('src/db/new-store.ts', "import { STAGES } from '../core/types';\nexport const x = STAGES;\n")).toEqual([]);
    expect(await problems('src/background/new.ts', "import { getDb } from '../db/schema';\nexport const x = getDb;\n")).toEqual([]);
  });
});
