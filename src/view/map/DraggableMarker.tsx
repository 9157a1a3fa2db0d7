import { memo, useCallback, useRef, type MouseEvent, type PointerEvent } from 'react';
import type { Board, Item } from '../../model/types';
import { describeItem } from '../../model/describePosition';
import { useActions, useApp, useStoreInstance } from '../../store/useStore';
import { dragPositionOf, isSelected } from '../../store/selectionActions';
import { personaRadius, productRadius, type MapLayout } from './mapLayout';
import { MarkerShape } from './MarkerShape';
import { isGuessed } from '../../model/guessedPosition';
import { isConcept } from '../../model/concept';

interface Props {
  readonly item: Item;
  readonly layout: MapLayout;
  readonly axes: Board['axes'];
  /** The id of dnd-kit's instructions for screen readers. */
  readonly describedBy: string;
  /** The main pointer is a finger: the target grows to 44 × 44 px. */
  readonly coarse: boolean;
  /** More to say on hover (an item's evidence), a line each. */
  readonly hint?: string | undefined;
}

/**
 * The marker last pressed, and when: the focus a press brings (at once with a mouse, after the
 * tap with a finger) is the press's, not a keyboard's, and must not undo what the press did
 * to the selection (Shift, Ctrl or Cmd taking the item out).
 */
let lastPress = { id: '', at: -Infinity };
const pressFocusMs = 1000;

/** Minimum hit radius: a 24 px target for fingers and trackpads. */
const minHitRadius = 12;
/** A finger's target: 44 × 44 px at least (WCAG 2.5.5), whatever the marker's drawn size. */
const minTouchRadius = 22;

/**
 * One item on the map, a button a pointer or the keyboard picks up. The drag itself is
 * dnd-kit's, delegated to `MarkersLayer`: no marker subscribes to dnd-kit, so a drag's start
 * and end repaint only the marker that moves. Only the dragged marker re-renders per pointer
 * move: it alone selects a non-null preview from the store. While dragged it stays put and
 * transparent (its name and data follow the preview); `DragLayer` draws the moving copy.
 */
export const DraggableMarker = memo(function DraggableMarker({ item, layout, axes, describedBy, coarse, hint }: Props) {
  const actions = useActions();
  // The held item follows the pointer here (its name says where); the rest of a dragged
  // selection only learns it is moving (DragLayer draws them), so a frame re-renders one marker.
  // One selector per marker (it runs on every pointer move): the held item's position, 'carried' for the rest of its group.
  const moving = useApp((s) => {
    const drag = s.session.drag;
    if (!drag) return null;
    if (drag.id === item.id) return drag.position;
    return drag.group.length > 0 && dragPositionOf(drag, item.id) !== undefined ? 'carried' : null;
  });
  const preview = moving === 'carried' ? null : moving;
  const carried = moving === 'carried';
  const selected = useApp((s) => isSelected(s.session, item.id));
  // Select mode is read when a pointer acts, not subscribed to: a marker re-renders for none of it.
  const store = useStoreInstance();
  // Shift, Ctrl or Cmd adds or takes out; a press on a selected item keeps the group for a drag, a click then picks it alone.
  // With Select on (touch), a tap adds an item, or takes out one that was selected; a drag still moves the group.
  const additive = (event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) => event.shiftKey || event.ctrlKey || event.metaKey;
  const selectedAtPress = useRef(false);
  const press = useCallback(
    (event: PointerEvent) => {
      lastPress = { id: item.id, at: performance.now() };
      selectedAtPress.current = selected;
      if (store.getState().session.selectMode && !additive(event)) return selected ? undefined : actions.pressItem(item.id, true);
      actions.pressItem(item.id, additive(event));
    },
    [actions, store, item.id, selected],
  );
  const click = useCallback(
    (event: MouseEvent) => {
      if (additive(event) || actions.justDragged()) return;
      // Select on: a tap on an item that was selected before it (the press left it) takes it out.
      if (store.getState().session.selectMode) return selectedAtPress.current && actions.pressItem(item.id, true);
      actions.select(item.id);
    },
    [actions, store, item.id],
  );
  const focus = useCallback(() => {
    if (lastPress.id === item.id && performance.now() - lastPress.at < pressFocusMs) return;
    actions.focusItem(item.id);
  }, [actions, item.id]);
  const position = preview ?? item.position;
  if (!position || !item.position) return null;
  const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-roledescription="draggable item"
      aria-describedby={describedBy}
      aria-pressed={preview ? true : undefined}
      aria-label={`${describeItem(axes, item.label, position)}${isGuessed(item) ? ', not placed by anyone' : ''}${item.locked ? ', locked' : ''}`}
      className={`marker marker-${item.kind}${preview || carried ? ' drag-source' : ''}${isGuessed(item) ? ' marker-guessed' : ''}${item.locked ? ' marker-locked' : ''}`}
      data-id={item.id}
      data-x={position.x}
      data-y={position.y}
      transform={`translate(${layout.x(item.position.x)},${layout.y(item.position.y)})`}
      // Select on press, as canvas tools do: a tap by finger or pen selects even where no click follows.
      onPointerDown={press}
      onClick={click}
      onFocus={focus}
      // A long press (touch) or a right click: the item's card, with its actions (edit, lock, delete).
      onContextMenu={(event) => {
        event.preventDefault();
        actions.openItemActions(item.id);
      }}
    >
      {/* The full name on hover, also where the label is cut short or left out. */}
      <title>{`${isGuessed(item) ? `${item.label} (not placed by anyone: “Place all” put it here)` : item.label}${hint ? `\n${hint}` : ''}`}</title>
      <circle className="hit-area" r={Math.max(coarse ? minTouchRadius : minHitRadius, radius + 3)} />
      <MarkerShape kind={item.kind} colour={item.colour} radius={radius} selected={selected} concept={isConcept(item)} />
      {item.locked && <LockBadge at={radius} size={layout.markerRadius} />}
    </g>
  );
});

/** A padlock at the marker's upper right: the item is locked (it stays put). */
function LockBadge({ at, size }: { at: number; size: number }) {
  const offset = at * 0.75;
  // Drawn at 8 px for a marker of 12 px, and grows with the map's markers (presentation, a wall).
  const scale = Math.max(0.9, size / 12);
  return (
    <g className="lock-badge" transform={`translate(${offset},${-offset}) scale(${scale})`} aria-hidden="true">
      <circle r={8} />
      <path d="M-3.5 -0.5 v-2 a3.5 3.5 0 0 1 7 0 v2" />
      <rect x={-4.5} y={-0.5} width={9} height={6} rx={1} />
    </g>
  );
}
