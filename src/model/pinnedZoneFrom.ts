import type { PinnedZone } from './types';
import type { IdSource } from './ids';
import { mapPoint } from './mapPoint';

/** A zone as the gap-finder ranked and the room named it: its peak (map units), title, index and sentence. */
export interface NamedZone {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  /** Relative opportunity index (top zone = 100). */
  readonly index: number;
  readonly sentence: string;
}

/**
 * The pinned copy of a found zone, kept on the board when the items move on. The id and the
 * time come from the caller (`newId`, the clock), so a test can name both.
 */
export function pinnedZoneFrom(zone: NamedZone, newId: IdSource, now: Date): PinnedZone {
  return { id: newId('zone'), label: zone.title, position: mapPoint(zone.x, zone.y), index: zone.index, note: zone.sentence, pinnedAt: now.toISOString() };
}
