import { describe, expect, it } from 'vitest';
import { createSampleBoard } from '../../model/sampleBoard';
import { describeDropped, type DroppedNote } from './droppedNote';

const noteOf = (board: ReturnType<typeof createSampleBoard>, reasons: string[]): DroppedNote => ({
  room: 'r',
  reasons,
  title: board.title,
  items: board.items.map((item) => ({ id: item.id, label: item.label, json: JSON.stringify(item) })),
});

describe('what a refusal dropped', () => {
  const server = createSampleBoard('2026-01-01T00:00:00.000Z');

  it('names the items this device had that the server does not, or has otherwise', () => {
    const mine = { ...server, items: [...server.items.slice(1), { ...server.items[0]!, label: 'Renamed here' }, { ...server.items[1]!, id: 'item:extra', label: 'Only here' }] };
    const text = describeDropped(noteOf(mine, ['items.x.weight: must be a number']), server);
    expect(text).toContain('items.x.weight: must be a number');
    expect(text).toContain('“Renamed here”');
    expect(text).toContain('“Only here”');
    expect(text).not.toContain(`“${server.items[2]!.label}”`);
  });

  it('says when nothing was lost', () => {
    expect(describeDropped(noteOf(server, ['pending structs']), server)).toContain('no item was lost');
  });
});
