import type { Item, Quadrant } from '../../model/types';
import { textWidth } from './layoutLabels';
import { personaRadius, productRadius, type MapLayout } from './mapLayout';

/** A marker in px from the plot's corner. */
export interface MarkerDisc {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** Where a quadrant's name is drawn: its anchor point and alignment (the text's top or bottom edge at `y`). */
export interface NameSpot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly baseline: 'hanging' | 'auto';
}

const quadrantOrder: readonly Quadrant[] = ['bottomLeft', 'topLeft', 'bottomRight', 'topRight'];

/**
 * Each quadrant's name in its outer corner, or slid along its outer edge toward the middle,
 * or along the other edge, to the first spot no marker covers (the corner when none is free):
 * a product at 0 % or 100 % never sits on the quadrant's name.
 */
export function quadrantNameSpots(plot: number, fontSize: number, names: Readonly<Record<Quadrant, string>>, markers: readonly MarkerDisc[]): Record<Quadrant, NameSpot> {
  const pad = fontSize * 0.8;
  const height = fontSize * 1.2;
  const half = plot / 2;
  const spots = {} as Record<Quadrant, NameSpot>;
  for (const quadrant of quadrantOrder) {
    const left = quadrant.endsWith('Left');
    const top = quadrant.startsWith('top');
    const width = textWidth(names[quadrant], fontSize, 0.62);
    const free = (x0: number, y0: number) =>
      !markers.some((m) => m.x + m.r + 2 > x0 && m.x - m.r - 2 < x0 + width && m.y + m.r + 2 > y0 && m.y - m.r - 2 < y0 + height);
    const room = Math.max(0, half - width - 2 * pad);
    // Along the outer edge (its row), then along the side (its column), a tenth of the room a step.
    const slides = Array.from({ length: 11 }, (_, k) => (room * k) / 10);
    const candidates = [
      ...slides.map((s) => ({ dx: s, dy: 0 })),
      ...slides.slice(1).map((s) => ({ dx: 0, dy: (Math.max(0, half - height - 2 * pad) * s) / Math.max(1, room) })),
    ];
    const at = candidates.find(({ dx, dy }) => {
      const x0 = left ? pad + dx : plot - pad - dx - width;
      const y0 = top ? pad + dy : plot - pad - dy - height;
      return free(x0, y0);
    }) ?? { dx: 0, dy: 0 };
    spots[quadrant] = {
      x: left ? pad + at.dx : plot - pad - at.dx,
      y: top ? pad + at.dy : plot - pad - at.dy,
      anchor: left ? 'start' : 'end',
      baseline: top ? 'hanging' : 'auto',
    };
  }
  return spots;
}

/** The placed items' markers as discs, px from the plot's corner. */
export function markerDiscs(items: readonly Item[], layout: MapLayout): MarkerDisc[] {
  return items.flatMap((item) =>
    item.position ? [{ x: layout.x(item.position.x), y: layout.y(item.position.y), r: item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight) }] : [],
  );
}

/** The boxes the quadrants' names take at their spots (px from the plot's corner): labels keep off them. */
export function nameBoxes(spots: Readonly<Record<Quadrant, NameSpot>>, names: Readonly<Record<Quadrant, string>>, fontSize: number): { left: number; top: number; right: number; bottom: number }[] {
  const height = fontSize * 1.2;
  return quadrantOrder.flatMap((quadrant) => {
    const spot = spots[quadrant];
    const width = textWidth(names[quadrant], fontSize, 0.62);
    if (width === 0) return [];
    const left = spot.anchor === 'start' ? spot.x : spot.x - width;
    const top = spot.baseline === 'hanging' ? spot.y : spot.y - height;
    return [{ left, top, right: left + width, bottom: top + height }];
  });
}

/** The quadrant names' size for a layout (shared by the background that draws them and the labels that avoid them). */
export const quadrantFontOf = (layout: Pick<MapLayout, 'axisFont'>) => layout.axisFont * 0.9;

/** Where the quadrants' names go among `items`' markers, and the boxes they take (for the labels to avoid). */
export function quadrantNames(items: readonly Item[], layout: MapLayout, names: Readonly<Record<Quadrant, string>>): { spots: Record<Quadrant, NameSpot>; boxes: ReturnType<typeof nameBoxes> } {
  const fontSize = quadrantFontOf(layout);
  const spots = quadrantNameSpots(layout.plot, fontSize, names, markerDiscs(items, layout));
  return { spots, boxes: nameBoxes(spots, names, fontSize) };
}
