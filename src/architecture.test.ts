import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

/** The rules that fire on `code` as if it were the file at `filePath`. */
async function firing(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

/** One fixture per rule: each must fire in the functional core and stay quiet in the view. */
const fixtures = [
  ['a static import of React', "import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
  ['a static import of the view', "import { App } from '../view/App';\nexport const x = App;\n", 'no-restricted-imports'],
  ['a static import of storage', "import { BoardRepository } from '../persistence/boardRepository';\nexport const x = BoardRepository;\n", 'no-restricted-imports'],
  ['a dynamic import', "export const load = () => import('./anything');\n", 'no-restricted-syntax'],
  ['the window', 'export const width = () => window.innerWidth;\n', 'no-restricted-globals'],
  ['the document', "export const root = () => document.getElementById('root');\n", 'no-restricted-globals'],
  ['the navigator', 'export const online = () => navigator.onLine;\n', 'no-restricted-globals'],
  ['self', 'export const me = () => self;\n', 'no-restricted-globals'],
  ['IndexedDB', "export const open = () => indexedDB.open('x');\n", 'no-restricted-globals'],
  ['globalThis', 'export const anything = () => globalThis.structuredClone;\n', 'no-restricted-properties'],
] as const;

describe('the architecture boundary (ESLint)', () => {
  for (const [what, code, rule] of fixtures) {
    it(`refuses ${what} in the functional core, and allows it in the view`, async () => {
      for (const core of ['src/model/fixture.ts', 'src/schema/fixture.ts', 'src/gaps/fixture.ts', 'src/io/fixture.ts', 'src/store/fixture.ts']) {
        expect(await firing(code, core), core).toContain(rule);
      }
      expect(await firing(code, 'src/view/fixture.tsx')).not.toContain(rule);
    });
  }

  it('keeps the document seam, src/collab and the server to their side of the boundary', async () => {
    expect(await firing("import { App } from '../view/App';\nexport const x = App;\n", 'src/document/fixture.ts')).toContain('no-restricted-imports');
    expect(await firing("import { sharedBoards } from '../persistence/sharedBoards';\nexport const x = sharedBoards;\n", 'src/document/fixture.ts')).toContain('no-restricted-imports');
    expect(await firing("import { useState } from 'react';\nexport const x = useState;\n", 'src/collab/fixture.ts')).toContain('no-restricted-imports');
    expect(await firing("import { sharedBoards } from '../persistence/sharedBoards';\nexport const x = sharedBoards;\n", 'src/collab/live/fixture.ts')).toContain('no-restricted-imports');
    expect(await firing("import { App } from '../../src/view/App';\nexport const x = App;\n", 'server/sync/fixture.ts')).toContain('no-restricted-imports');
    expect(await firing("import { readBoard } from '../../src/collab/readBoard';\nexport const x = readBoard;\n", 'server/sync/fixture.ts')).toEqual([]);
  });

  it('lets useStore, the store’s React binding, import React', async () => {
    expect(await firing("import { useSyncExternalStore } from 'react';\nexport const x = useSyncExternalStore;\n", 'src/store/useStore.ts')).toEqual([]);
  });

  it('finds nothing in the code as it is', async () => {
    const results = await eslint.lintFiles(['src']);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
  }, 60_000);
});
