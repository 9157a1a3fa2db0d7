import { describe, expect, it } from 'vitest';
import type { DragMoveEvent, DragStartEvent } from '@dnd-kit/core';
import { createActions, createAppStore } from '../../store/actions';
import { testBoard } from '../../model/testBoard';
import { createItemDrag } from './useDragHandlers';
import { mapLayout } from './mapLayout';

const start = (id: string) => ({ active: { id }, activatorEvent: new Event('pointerdown') }) as unknown as DragStartEvent;
const move = (id: string, x: number, y: number) => ({ active: { id }, delta: { x, y } }) as unknown as DragMoveEvent;

describe('createItemDrag (a plain object, no React)', () => {
  it('start, moves and drop make one move of the selection, one undo step; the layout is read as it is now', () => {
    const store = createAppStore(testBoard());
    const actions = createActions(store);
    const layout = { current: mapLayout(600) };
    const drag = createItemDrag(store, actions, layout);
    actions.selectMany(['item:alpha', 'item:beta']);
    drag.onDragStart(start('item:alpha'));
    // Zoomed in mid-drag: the same pixels are half the map distance.
    layout.current = mapLayout(600, 1, { zoom: 2, cx: 0.5, cy: 0.5 });
    drag.onDragMove(move('item:alpha', layout.current.unit * 0.1, 0));
    drag.onDragEnd();
    const at = (id: string) => store.getState().doc.board.items.find((item) => item.id === id)!.position!;
    expect(at('item:alpha').x).toBeCloseTo(0.3, 6);
    expect(at('item:beta').x).toBeCloseTo(0.8, 6);
    expect(store.getState().doc.past).toHaveLength(1);
    drag.onDragStart(start('item:gamma'));
    drag.onDragCancel();
    expect(store.getState().session.drag).toBeNull();
    expect(store.getState().doc.past).toHaveLength(1);
  });
});
