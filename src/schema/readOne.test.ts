import { describe, expect, it } from 'vitest';
import { readOneItem } from './readItem';
import { readOneZone } from './readZone';
import { parseDocument, toDocument } from './parseDocument';
import { testBoard } from '../model/testBoard';
import { applyCommand } from '../model/applyCommand';

describe('an item or a zone read as itself', () => {
  const board = applyCommand(testBoard(), { type: 'pinZone', zone: { id: 'zone:quiet', label: 'Quiet corner', position: { x: 0.4, y: 0.6 }, index: 0, note: '', pinnedAt: '2026-01-01T00:00:00.000Z' } } as never).board;

  it('reads what the board reader reads, the same, with no board around it', () => {
    expect(board.pinnedZones).toHaveLength(1);
    const read = parseDocument(toDocument(board));
    expect(read.ok).toBe(true);
    for (const item of board.items) expect(readOneItem(JSON.parse(JSON.stringify(item)), item.id)).toEqual({ item: read.ok ? read.board.items.find((other) => other.id === item.id) : null });
    for (const zone of board.pinnedZones) expect(readOneZone(JSON.parse(JSON.stringify(zone)), zone.id)).toEqual({ zone });
  });

  it('refuses what the board reader refuses, naming the field', () => {
    const item = board.items[0]!;
    expect(readOneItem({ ...item, weight: 5000 }, item.id)).toEqual({ errors: [expect.stringMatching(/weight/)] });
    expect(readOneItem({ ...item, mystery: 1 }, item.id)).toMatchObject({ errors: [expect.stringMatching(/mystery/)] });
    expect(readOneItem(item, `item:${'a'.repeat(90)}:x`)).toMatchObject({ errors: [expect.stringMatching(/id/)] });
    expect(readOneItem('nope', item.id)).toMatchObject({ errors: [expect.stringMatching(/expected an item/)] });
    const zone = readOneZone({ label: 'No place' }, 'zone:x');
    expect('errors' in zone && zone.errors[0]).toMatch(/zones\.zone:x\.position/);
  });
});
