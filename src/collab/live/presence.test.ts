import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dragWith, readPresence, readRoom } from './presence';
import { fitNotes } from './crossedEdits';
import { nameLimit } from '../../store/liveState';

const person = (name: string, extra: Record<string, unknown> = {}) => ({ user: { name, colour: '#123456' }, selectedId: null, drag: null, lead: null, ...extra });

describe('presence', () => {
  it('stays under the server’s 4 KB at its fullest: a drag of many, both lists of notes, a long name in three-byte letters', () => {
    const id = (i: number) => `item:${String(i).padStart(64, 'x')}`;
    const offline = fitNotes(Array.from({ length: 40 }, (_, i) => ({ id: id(i), field: 'position', base: 'zzzzzzz', mine: 'yyyyyyy', value: { x: 0.123456789012345, y: 0.987654321098765 } })));
    const crossed = fitNotes(Array.from({ length: 40 }, (_, i) => ({ with: 4294967295, id: id(i), field: 'label', stands: 'theirs', value: '字'.repeat(38) })));
    const full = {
      user: { name: '名'.repeat(nameLimit), colour: '#123456' },
      selectedId: id(0),
      drag: { id: id(0), x: 0.123456789012345, y: 0.987654321098765, with: dragWith(Array.from({ length: 500 }, (_, i) => id(i))) },
      lead: { seq: Number.MAX_SAFE_INTEGER, view: { presenting: false, revealStep: 3, selectedZone: 99, panelTab: 'labels', view: { zoom: 12.345678901234, cx: 0.123456789012345, cy: 0.987654321098765 } } },
      offline,
      crossed,
    };
    expect(offline.length).toBeGreaterThan(0);
    expect(crossed.length).toBeGreaterThan(0);
    expect(new TextEncoder().encode(JSON.stringify(full)).length).toBeLessThan(4096);
  });

  it('never throws on what a peer announces, and keeps only usable fields', () => {
    fc.assert(
      fc.property(fc.anything(), (state) => {
        const read = readPresence(state);
        if (read) {
          expect(read.user.name.length).toBeGreaterThan(0);
          if (read.drag) expect(read.drag.x >= 0 && read.drag.x <= 1 && read.drag.y >= 0 && read.drag.y <= 1).toBe(true);
        }
      }),
    );
  });

  it('lists me first, then others by name; drags only of others and of items that exist', () => {
    const states = new Map<number, unknown>([
      [3, person('Zoe', { drag: { id: 'item:a', x: 0.5, y: 0.25 } })],
      [1, person('Ana', { drag: { id: 'item:gone', x: 0.5, y: 0.5 } })],
      [2, person('Me', { drag: { id: 'item:a', x: 0.1, y: 0.1 } })],
      [4, { nonsense: true }],
    ]);
    const room = readRoom(states, 2, (id) => (id === 'item:a' ? { x: 0.4, y: 0.2 } as never : null));
    expect(room.people.map((p) => p.name)).toEqual(['Me', 'Ana', 'Zoe']);
    expect(room.remoteDrags).toEqual([{ id: 'item:a', position: { x: 0.5, y: 0.25 }, name: 'Zoe', colour: '#123456' }]);
  });

  it('a drag of a selection moves the rest of it by the same delta, clamped to the map, tagged only on the held item', () => {
    const at: Record<string, { x: number; y: number }> = { 'item:a': { x: 0.4, y: 0.2 }, 'item:b': { x: 0.9, y: 0.5 }, 'item:c': { x: 0.1, y: 0.1 } };
    const states = new Map<number, unknown>([[3, person('Zoe', { drag: { id: 'item:a', x: 0.5, y: 0.25, with: ['item:b', 'item:gone', 'item:c', 7] } })]]);
    const room = readRoom(states, 2, (id) => (at[id] as never) ?? null);
    expect(room.remoteDrags.map((drag) => [drag.id, Math.round(drag.position.x * 100) / 100, Math.round(drag.position.y * 100) / 100, drag.held ?? true])).toEqual([
      ['item:a', 0.5, 0.25, true],
      ['item:b', 1, 0.55, false],
      ['item:c', 0.2, 0.15, false],
    ]);
  });

  it('sends as many ids of a selection as fit far under the server’s presence limit', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `item:${'x'.repeat(70)}${i}`);
    const sent = dragWith(ids);
    expect(sent.length).toBeGreaterThan(20);
    expect(JSON.stringify(sent).length).toBeLessThan(2600);
    expect(dragWith(['item:a', 'item:b'])).toEqual(['item:a', 'item:b']);
  });

  it('the latest "Bring everyone here" leads; a tie goes to the higher client id', () => {
    const view = { presenting: true, revealStep: 1, selectedZone: 0, panelTab: 'zones' };
    const states = new Map<number, unknown>([
      [5, person('Ana', { lead: { seq: 2, view } })],
      [7, person('Ben', { lead: { seq: 1, view } })],
      [9, person('Cy', { lead: { seq: 2, view: { ...view, panelTab: 'evil' } } })],
    ]);
    const { leader } = readRoom(states, 1, () => null);
    expect(leader).toMatchObject({ clientId: 9, name: 'Cy', seq: 2 });
    expect(leader?.view.panelTab).toBe('items');
  });
});
