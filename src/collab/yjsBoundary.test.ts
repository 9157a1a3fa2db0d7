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

  it('no file outside src/collab imports it statically, but for the protocols (plain data) and the shared board’s boot, which the page imports only from a link', () => {
    const importers = outside.filter((file) => /from\s+['"][./]*collab\/(?!(protocol|workshopProtocol)['"])/.test(readFileSync(join(src, file), 'utf8')));
    expect(importers).toEqual(['view/live/bootShared.tsx']);
    const staticBoot = sourceFiles().filter((file) => /from\s+['"][./]*live\/bootShared['"]/.test(readFileSync(join(src, file), 'utf8')));
    expect(staticBoot).toEqual([]);
    expect(readFileSync(join(src, 'main.tsx'), 'utf8')).toMatch(/import\('\.\/view\/live\/bootShared'\)/);
  });

  it('src/collab holds no React and imports nothing from the view', () => {
    const inside = sourceFiles().filter((file) => file.startsWith('collab/') && !file.endsWith('.test.ts'));
    expect(inside.filter((file) => file.endsWith('.tsx') || /from\s+['"](react|react-dom)|from\s+['"][./]*view\//.test(readFileSync(join(src, file), 'utf8')))).toEqual([]);
  });

  it('the protocols, which the app imports, import nothing but the rule book and each other (pure)', () => {
    const importsOf = (file: string) => (readFileSync(join(src, file), 'utf8').match(/^\s*import\s.*$/gm) ?? []).map((line) => line.trim());
    expect(importsOf('collab/protocol.ts')).toEqual(["import { roles, type Role } from '../model/rights';", "import { readWorkshopMessage, type WorkshopMessage } from './workshopProtocol';"]);
    for (const line of importsOf('collab/workshopProtocol.ts')) expect(line).toMatch(/from '(\.\.\/model\/(rules|cleanText|types)|\.\/protocol)';$/);
  });
});
