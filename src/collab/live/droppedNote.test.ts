import { describe, expect, it } from 'vitest';
import { createSampleBoard } from '../../model/sampleBoard';
import { describeDropped, type DroppedNote } from './droppedNote';

const noteOf = (board: ReturnType<typeof createSampleBoard>, reasons: string[], extra: { id: string; label: string; json: string }[] = []): DroppedNote => ({
  room: 'r',
  reasons,
  items: [...board.items.map(({ id, ...fields }) => ({ id, label: fields.label, json: JSON.stringify(fields) })), ...extra],
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

  it('names an item the rule book refuses, as it was written', () => {
    const text = describeDropped(noteOf(server, ['items.item:x.weight: expected a number'], [{ id: 'item:x', label: 'Hostile gadget', json: JSON.stringify({ label: 'Hostile gadget', weight: 'heavy' }) }]), server);
    expect(text).toContain('“Hostile gadget”');
  });

  it('says when nothing was lost', () => {
    expect(describeDropped(noteOf(server, ['pending structs']), server)).toContain('no item was lost');
  });
});
