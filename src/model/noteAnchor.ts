import type { Board, MapPoint, Note } from './types';
import { mapPoint } from './mapPoint';

/** Where each thing a note can attach to stands: placed items and pinned zones, by id. */
export function attachPoints(board: Pick<Board, 'items' | 'pinnedZones'>): ReadonlyMap<string, MapPoint> {
  const points = new Map<string, MapPoint>();
  for (const item of board.items) if (item.position) points.set(item.id, item.position);
  for (const zone of board.pinnedZones) points.set(zone.id, zone.position);
  return points;
}

/**
 * Where a note is drawn (its card's corner), in map units: beside what it is attached to,
 * by its offset (so it moves with it), kept on the map; where it was left when free, or when
 * what it was attached to is gone or in the tray.
 */
export function noteAnchor(note: Note, points: ReadonlyMap<string, MapPoint>): MapPoint {
  const target = note.attachedTo === null ? undefined : points.get(note.attachedTo);
  return target ? mapPoint(target.x + note.offset.dx, target.y + note.offset.dy) : note.position;
}

/** A note put at `at`: attached to `target` (its offset from there) or free; its fallback position is `at` either way. */
export function notePlacement(at: MapPoint, target: { id: string; position: MapPoint } | null): Pick<Note, 'position' | 'attachedTo' | 'offset'> {
  const micro = (value: number) => Math.round(value * 1e6) / 1e6;
  return {
    position: at,
    attachedTo: target?.id ?? null,
    offset: target ? { dx: micro(at.x - target.position.x), dy: micro(at.y - target.position.y) } : { dx: 0, dy: 0 },
  };
}
