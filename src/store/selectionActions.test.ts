import { describe, expect, it } from 'vitest';
import { createActions, createAppStore } from './actions';
import { mapPoint } from '../model/mapPoint';
import { testBoard } from '../model/testBoard';

function app() {
  const store = createAppStore(testBoard());
  const actions = createActions(store);
  const at = (id: string) => store.getState().doc.board.items.find((item) => item.id === id)?.position;
  return { store, actions, at };
}

describe('a multi-selection through the actions', () => {
  it('Shift-click adds and takes out; a press on a selected item keeps the group; a plain click picks one', () => {
    const { store, actions } = app();
    actions.pressItem('item:alpha', false);
    actions.pressItem('item:beta', true);
    actions.pressItem('item:gamma', true);
    expect(store.getState().session.selection).toEqual(['item:alpha', 'item:beta', 'item:gamma']);
    actions.pressItem('item:beta', true);
    expect(store.getState().session.selection).toEqual(['item:alpha', 'item:gamma']);
    actions.pressItem('item:gamma', false);
    expect(store.getState().session.selection).toEqual(['item:alpha', 'item:gamma']);
    actions.select('item:gamma');
    expect(store.getState().session).toMatchObject({ selection: ['item:gamma'], selectedId: 'item:gamma' });
  });

  it('dragging any selected item moves them all by one delta, clamped as a group, as one undo step', () => {
    const { store, actions, at } = app();
    actions.selectMany(['item:alpha', 'item:beta']);
    // Alpha at (0.2, 0.3), Beta at (0.7, 0.6): Beta meets the right edge after 0.3.
    actions.startDrag('item:alpha');
    actions.moveDrag(mapPoint(0.9, 0.4));
    actions.endDrag();
    expect(at('item:alpha')).toEqual({ x: 0.5, y: 0.4 });
    expect(at('item:beta')).toEqual({ x: 1, y: 0.7 });
    expect(at('item:gamma')).toEqual({ x: 0.5, y: 0.8 });
    expect(store.getState().doc.past).toHaveLength(1);
    actions.undo();
    expect(at('item:alpha')).toEqual({ x: 0.2, y: 0.3 });
    expect(at('item:beta')).toEqual({ x: 0.7, y: 0.6 });
  });

  it('arrows move the selection as one step each and say so; align and distribute are one step; Delete removes all in one', () => {
    const { store, actions, at } = app();
    actions.selectMany(['item:alpha', 'item:beta', 'item:gamma']);
    actions.nudgeSelection([1, 0], 1);
    expect(store.getState().session.announcement?.text).toBe('3 items moved right 1 %');
    expect(at('item:alpha')!.x).toBeCloseTo(0.21, 9);
    expect(store.getState().doc.past).toHaveLength(1);
    actions.alignSelection('bottom');
    expect([at('item:alpha')!.y, at('item:beta')!.y, at('item:gamma')!.y]).toEqual([0.3, 0.3, 0.3]);
    actions.distributeSelection('horizontal');
    expect(store.getState().doc.past).toHaveLength(3);
    actions.deleteSelected();
    expect(store.getState().doc.board.items).toHaveLength(0);
    expect(store.getState().session.selection).toEqual([]);
    expect(store.getState().session.notice?.text).toMatch(/3 items deleted/);
    actions.undo();
    expect(store.getState().doc.board.items).toHaveLength(3);
  });

  it('a rectangle selects the items shown inside it; Shift adds; Ctrl+A selects all shown; Escape clears', () => {
    const { store, actions } = app();
    actions.setMarquee({ from: mapPoint(0.1, 0.2), to: mapPoint(0.6, 0.9) });
    actions.endMarquee(false);
    expect(store.getState().session.selection).toEqual(['item:alpha', 'item:gamma']);
    actions.setMarquee({ from: mapPoint(0.65, 0.55), to: mapPoint(0.75, 0.65) });
    actions.endMarquee(true);
    expect(store.getState().session.selection).toEqual(['item:alpha', 'item:gamma', 'item:beta']);
    expect(actions.clearSelection()).toBe(true);
    expect(actions.clearSelection()).toBe(false);
    actions.selectAllShown();
    expect(store.getState().session.selection).toHaveLength(3);
  });

  it('the editor of several sets a shared colour and weight for all, reach for the persona groups, in one step', () => {
    const { store, actions } = app();
    actions.selectMany(['item:alpha', 'item:gamma']);
    actions.updateSelected({ colour: '#112233', weight: 4, reach: 0.2 });
    const items = store.getState().doc.board.items;
    expect(items.filter((item) => item.colour === '#112233').map((item) => item.id)).toEqual(['item:alpha', 'item:gamma']);
    expect(items.find((item) => item.id === 'item:gamma')!.reach).toBe(0.2);
    expect(items.find((item) => item.id === 'item:alpha')!.reach).toBeNull();
    expect(store.getState().doc.past).toHaveLength(1);
  });
});
