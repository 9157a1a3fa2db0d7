import { describe, expect, it } from 'vitest';
import { createActions, createAppStore, type ActionSources } from './actions';
import { canRedo, canUndo } from '../model/history';
import { mapPoint } from '../model/mapPoint';
import { conceptColour } from '../model/concept';
import { testBoard } from '../model/testBoard';

/** Ids `zone:1`, `item:2`… and a clock stopped at one instant. */
function fixedSources(): ActionSources {
  let n = 0;
  return { newId: (prefix) => `${prefix}:${++n}`, now: () => new Date('2026-03-04T05:06:07.000Z') };
}

function app() {
  const store = createAppStore(testBoard());
  const actions = createActions(store, fixedSources());
  const beta = () => store.getState().doc.board.items.find((item) => item.id === 'item:beta')!;
  return { store, actions, beta };
}

describe('a drag through the actions', () => {
  it('start, moves and drop make exactly one undo step; undo puts the item back where the drag began', () => {
    const { store, actions, beta } = app();
    const start = beta().position;
    actions.startDrag('item:beta');
    for (const x of [0.71, 0.74, 0.8, 0.85]) actions.moveDrag(mapPoint(x, 0.4));
    actions.endDrag();
    expect(beta().position).toEqual({ x: 0.85, y: 0.4 });
    expect(store.getState().doc.past).toHaveLength(1);
    expect(store.getState().session.drag).toBeNull();

    actions.undo();
    expect(beta().position).toEqual(start);
    expect(canUndo(store.getState().doc)).toBe(false);
    actions.redo();
    expect(beta().position).toEqual({ x: 0.85, y: 0.4 });
  });

  it('moves are a preview: the board and its history stay untouched until the drop', () => {
    const { store, actions } = app();
    const board = store.getState().doc.board;
    actions.startDrag('item:beta');
    actions.moveDrag(mapPoint(0.1, 0.1));
    actions.moveDrag(mapPoint(0.2, 0.2));
    expect(store.getState().doc.board).toBe(board);
    expect(store.getState().session.drag?.position).toEqual({ x: 0.2, y: 0.2 });
    actions.undo();
    expect(store.getState().session.drag).not.toBeNull();
  });

  it('cancel restores the start and adds no step', () => {
    const { store, actions, beta } = app();
    const board = store.getState().doc.board;
    actions.startDrag('item:beta');
    actions.moveDrag(mapPoint(0.05, 0.95));
    actions.cancelDrag();
    expect(store.getState().doc.board).toBe(board);
    expect(beta().position).toEqual({ x: 0.7, y: 0.6 });
    expect(canUndo(store.getState().doc)).toBe(false);
    expect(store.getState().session.drag).toBeNull();
  });

  it('a drop where the drag began adds no step and keeps the redo stack', () => {
    const { store, actions } = app();
    actions.dispatch({ type: 'setTitle', title: 'Renamed' });
    actions.undo();
    actions.startDrag('item:beta');
    actions.moveDrag(mapPoint(0.3, 0.3));
    actions.moveDrag(mapPoint(0.7, 0.6));
    actions.endDrag();
    expect(canUndo(store.getState().doc)).toBe(false);
    expect(canRedo(store.getState().doc)).toBe(true);
  });
});

describe('zones through the actions', () => {
  const zone = { x: 0.42, y: 0.77, title: 'Hands-on rituals', index: 100, sentence: 'Hobbyists want more ritual.' };

  it('pinZone pins the zone with an id and time from the sources, as one undo step', () => {
    const { store, actions } = app();
    expect(actions.pinZone(zone)).toBe(true);
    expect(store.getState().doc.board.pinnedZones).toEqual([
      { id: 'zone:1', label: 'Hands-on rituals', position: { x: 0.42, y: 0.77 }, index: 100, note: 'Hobbyists want more ritual.', pinnedAt: '2026-03-04T05:06:07.000Z' },
    ]);
    actions.undo();
    expect(store.getState().doc.board.pinnedZones).toEqual([]);
  });

  it('placeConcept adds a product in the concept colour at the zone and selects it', () => {
    const { store, actions } = app();
    expect(actions.placeConcept(zone, '  Cold-brew kit ')).toBe('item:1');
    const concept = store.getState().doc.board.items.at(-1)!;
    expect(concept).toMatchObject({ id: 'item:1', kind: 'product', label: 'Cold-brew kit', position: { x: 0.42, y: 0.77 }, colour: conceptColour });
    expect(concept.notes).toBe('Concept placed in the zone of Hands-on rituals.');
    expect(store.getState().session.selectedId).toBe('item:1');
  });

  it('pinZone and placeConcept refuse a peak that is not a number with a message, never a throw', () => {
    const { store, actions } = app();
    const board = store.getState().doc.board;
    expect(actions.pinZone({ ...zone, y: Number.NaN })).toBe(false);
    expect(actions.placeConcept({ ...zone, x: Number.POSITIVE_INFINITY }, 'Kit')).toBeNull();
    expect(store.getState().session.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/finite/) });
    expect(store.getState().doc.board).toBe(board);
  });

  it('placeConcept refuses an empty name with a message and selects nothing', () => {
    const { store, actions } = app();
    expect(actions.placeConcept(zone, '   ')).toBeNull();
    expect(store.getState().session.notice?.tone).toBe('error');
    expect(store.getState().session.selectedId).toBeNull();
  });
});
