import { describe, expect, it } from 'vitest';
import { parseItemsTable } from './parseItemsTable';
import { matchRows } from './matchRows';

describe('matchRows', () => {
  it('matches a table read again to its items by row, whichever rows each reading refused', () => {
    //  row 3 (B) is off the 1–10 scale; read on 0–10 it is fine, and C must stay C.
    const text = 'Name,Interactivity (1-10),Need (1-10)\nA,5,5\nB,0,5\nC,8,8\n';
    const first = parseItemsTable(text);
    expect(first.items.map((item) => item.label)).toEqual(['A', 'C']);
    expect(first.rows).toEqual([2, 4]);
    const again = parseItemsTable(text, undefined, { scale: '0-10' });
    const matched = matchRows(again, ['item:a', 'item:c'], first.rows);
    expect(matched.ok && [...matched.byId].map(([id, item]) => [id, item.label, item.position])).toEqual([
      ['item:a', 'A', { x: 0.5, y: 0.5 }],
      ['item:c', 'C', { x: 0.8, y: 0.8 }],
    ]);
    // Read so that an item's own row is refused: nothing matches, and the row is named.
    const strict = matchRows(parseItemsTable(text, undefined, { scale: '1-5' }), ['item:a', 'item:c'], first.rows);
    expect(strict).toEqual({ ok: false, problems: [expect.stringMatching(/^row 4: interactivity 8 is outside 1–5/)] });
  });
});
