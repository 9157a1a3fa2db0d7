import { describe, expect, it } from 'vitest';
import { templateCsv } from './templateCsv';
import { parseItemsTable } from './parseItemsTable';

describe('templateCsv', () => {
  it('is read back by the import with every example row and no problem', () => {
    const table = parseItemsTable(templateCsv());
    expect(table.problems).toEqual([]);
    expect(table.items.map((item) => [item.label, item.kind, item.position])).toEqual([
      ['Instant coffee', 'product', { x: 0.1, y: 0.15 }],
      ['Pour-over kit', 'product', { x: 0.6, y: 0.35 }],
      ['Remote workers', 'persona', { x: 0.55, y: 0.5 }],
    ]);
    expect(table.items[2]!.reach).toBe(0.15);
  });
});
