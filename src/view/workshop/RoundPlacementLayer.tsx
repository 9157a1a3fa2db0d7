import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Item, MapPoint, Round } from '../../model/types';
import { useApp } from '../../store/useStore';
import { mapPoint } from '../../model/mapPoint';
import { describePosition } from '../../model/describePosition';
import { MarkerShape } from '../map/MarkerShape';
import { personaRadius, plotPointToMap, productRadius, type MapLayout } from '../map/mapLayout';
import { useLive } from '../live/LiveContext';
import { useNarrow } from '../useNarrow';

const step = 0.01;
const bigStep = 0.1;
const keyMoves: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/**
 * My placements in the open round, on my screen only: the round's items where I put them (or,
 * for a round that starts from the board, where the board has them), dragged with mouse, finger
 * or pen, or moved with the arrow keys; those not placed yet wait in a tray (on a phone, one at
 * a time with Next). Sent to the server, which shows them to nobody before the reveal.
 */
export function RoundPlacementLayer({ layout, round }: { layout: MapLayout; round: Round }) {
  const live = useLive();
  const items = useApp((s) => s.doc.board.items);
  const axes = useApp((s) => s.doc.board.axes);
  const mine = useApp((s) => (s.live?.workshop.mine?.roundId === round.id ? s.live.workshop.mine : null));
  const [drag, setDrag] = useState<{ id: string; at: MapPoint } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const roundItems = round.itemIds.map((id) => items.find((item) => item.id === id)).filter((item): item is Item => item !== undefined);
  const placements = mine?.placements ?? {};
  // A round that starts from the board: each item starts where the board has it, as my placement.
  const seeded = useRef(false);
  useEffect(() => {
    if (seeded.current || !live || round.start !== 'current' || !mine || Object.keys(mine.placements).length > 0 || mine.done) return;
    seeded.current = true;
    for (const item of roundItems) if (item.position) live.workshop.place(round.id, item.id, item.position);
  });
  if (!live) return null;
  const place = (id: string, at: MapPoint | null) => live.workshop.place(round.id, id, at);
  const toMap = (event: { clientX: number; clientY: number }) => {
    const box = svg.current!.querySelector('.round-plot')!.getBoundingClientRect();
    const p = plotPointToMap(layout, box, event.clientX, event.clientY);
    return mapPoint(p.x, p.y);
  };
  const onDown = (id: string) => (event: PointerEvent<SVGGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ id, at: toMap(event) });
  };
  const onMove = (event: PointerEvent<SVGGElement>) => drag && setDrag({ id: drag.id, at: toMap(event) });
  const onUp = () => {
    if (drag) place(drag.id, drag.at);
    setDrag(null);
  };
  const onKey = (item: Item, at: MapPoint) => (event: KeyboardEvent<SVGGElement>) => {
    const move = keyMoves[event.key];
    if (move) {
      event.preventDefault();
      const d = event.shiftKey ? bigStep : step;
      place(item.id, mapPoint(at.x + move[0] * d, at.y + move[1] * d));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      place(item.id, null);
    }
  };
  const placed = roundItems.filter((item) => placements[item.id]);
  const waiting = roundItems.filter((item) => !placements[item.id]);
  return (
    <>
      <svg ref={svg} className="layer layer-round" width={layout.side} height={layout.side} role="group" aria-label={`My placements in round ${round.number}`}>
        <g transform={`translate(${layout.margin},${layout.margin})`}>
          <rect className="round-plot" x={layout.inset} y={layout.inset} width={layout.span} height={layout.span} fill="transparent" pointerEvents="none" />
          {placed.map((item) => {
            const at = drag?.id === item.id ? drag.at : placements[item.id]!;
            const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
            return (
              <g
                key={item.id}
                className="round-marker"
                role="button"
                tabIndex={0}
                data-round-item={item.id}
                data-x={at.x}
                data-y={at.y}
                aria-label={`My placement of ${item.label}: ${describePosition(axes, at)}. Arrows move it, Delete takes it back to the tray.`}
                transform={`translate(${layout.x(at.x)},${layout.y(at.y)})`}
                onPointerDown={onDown(item.id)}
                onPointerMove={onMove}
                onPointerUp={onUp}
                onPointerCancel={() => setDrag(null)}
                onKeyDown={onKey(item, at)}
              >
                <circle r={Math.max(radius + 6, 22)} fill="transparent" />
                <MarkerShape kind={item.kind} colour={item.colour} radius={radius} selected={drag?.id === item.id} />
                <text className="round-label" x={radius + 6} y={0} dominantBaseline="central" fontSize={layout.labelFont}>
                  {item.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <RoundTray round={round} waiting={waiting} onPlace={(id, at) => place(id, at)} toMap={toMap} />
    </>
  );
}

/** The round's items I have not placed yet: a chip each (dragged onto the map, or pressed to put it in the middle); on a phone one at a time. */
function RoundTray({ round, waiting, onPlace, toMap }: { round: Round; waiting: readonly Item[]; onPlace: (id: string, at: MapPoint) => void; toMap: (event: { clientX: number; clientY: number }) => MapPoint }) {
  const narrow = useNarrow();
  const [first, setFirst] = useState(0);
  if (waiting.length === 0) return null;
  const shown = narrow ? [waiting[first % waiting.length]!] : waiting;
  const centre = mapPoint(0.5, 0.5);
  /** A chip dropped on the map: its click that follows places nothing more. */
  const dropped = useRef(false);
  const onUp = (id: string) => (event: PointerEvent<HTMLButtonElement>) => {
    const over = document.elementFromPoint(event.clientX, event.clientY);
    dropped.current = over?.closest('.map-stack') != null;
    if (dropped.current) onPlace(id, toMap(event));
  };
  return (
    <div className="round-tray" role="group" aria-label={`To place in round ${round.number}`}>
      <span className="round-tray-title">To place ({waiting.length}):</span>
      {shown.map((item) => (
        <button
          key={item.id}
          type="button"
          className="round-chip"
          onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
          onPointerUp={onUp(item.id)}
          onClick={() => {
            if (!dropped.current) onPlace(item.id, centre);
            dropped.current = false;
          }}
          title="Drag it onto the map, or press Enter to put it in the middle and move it with the arrow keys"
        >
          {item.label}
        </button>
      ))}
      {narrow && waiting.length > 1 && (
        <button type="button" onClick={() => setFirst((n) => n + 1)}>
          Next
        </button>
      )}
    </div>
  );
}
