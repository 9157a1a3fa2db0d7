import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const root = new URL('.', import.meta.url).pathname;

describe('the functional core', () => {
  for (const layer of ['model', 'schema', 'gaps', 'io']) {
    it(`src/${layer} imports nothing from React, the DOM layers or storage`, () => {
      for (const file of sources(join(root, layer))) {
        const text = readFileSync(file, 'utf8');
        const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
        for (const source of imports) {
          expect(source, `${file} imports ${source}`).not.toMatch(/^react|^@dnd-kit|idb-keyval|\/view\/|\/store\/|\/persistence\//);
        }
        expect(text, file).not.toMatch(/\bdocument\.|\bwindow\.|localStorage|indexedDB/);
      }
    });
  }
});
