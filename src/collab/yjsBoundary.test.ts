import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('..', import.meta.url));

/** Every TypeScript file under src, as a path relative to it. */
const sourceFiles = (dir = src): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(src, path)] : [];
  });

describe('the shared board stays out of the initial bundle', () => {
  const outside = sourceFiles().filter((file) => !file.startsWith('collab/'));

  it('only files under src/collab import yjs', () => {
    const importers = outside.filter((file) => /from\s+['"]yjs['"]|import\(\s*['"]yjs['"]\s*\)/.test(readFileSync(join(src, file), 'utf8')));
    expect(importers).toEqual([]);
  });

  it('no file outside src/collab imports it statically, but for the protocol (the app loads it when a board is shared or opened from a link)', () => {
    const importers = outside.filter((file) => /from\s+['"][./]*collab\/(?!protocol['"])/.test(readFileSync(join(src, file), 'utf8')));
    expect(importers).toEqual([]);
  });

  it('the protocol, which the app imports, imports nothing but the rights rule book (pure, a few lines)', () => {
    const imports = readFileSync(join(src, 'collab/protocol.ts'), 'utf8').match(/^\s*import\s.*$/gm) ?? [];
    expect(imports.map((line) => line.trim())).toEqual(["import { roles, type Role } from '../model/rights';"]);
  });
});
