import type { Board, GapSettings, Item, ItemKind, MapPoint } from './types';
import { newId } from './ids';
import { defaultColour } from './palette';
import { defaultReach, gapDefaults } from './rules';

/** A new board's gap-finder settings: the gap-finder's own defaults (one source). */
export const defaultGapSettings: GapSettings = { coverage: gapDefaults.coverage, threshold: gapDefaults.threshold, maxZones: gapDefaults.maxZones };

/** A board with default axes, quadrants and bands, and no items. */
export function createBlankBoard(now: string, title = 'Untitled board'): Board {
  return {
    id: newId('board'),
    title,
    axes: {
      x: { title: 'Interactivity', min: 'Passive', max: 'Immersive' },
      y: { title: 'Need', min: 'Essential', max: 'Aspirational' },
    },
    quadrants: {
      bottomLeft: 'Basic',
      topLeft: 'Showpiece',
      bottomRight: 'Practical',
      topRight: 'Artistic',
    },
    bands: ['Physiological', 'Safety', 'Belonging', 'Esteem', 'Self-actualization'],
    display: { showBands: false, showProducts: true, showPersonas: true, showZones: true, showWhiteSpace: true, countConcepts: false, showNotes: true, showUncertainty: true },
    items: [],
    pinnedZones: [],
    notes: [],
    evidence: [],
    evidenceView: { wave: '', lens: '' },
    rounds: [],
    timers: [],
    votes: [],
    ballots: [],
    gapSettings: defaultGapSettings,
    locked: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** A new item with the defaults of its kind; a random id unless `fields.id` names one. */
export function createItem(
  kind: ItemKind,
  label: string,
  position: MapPoint | null,
  fields: Partial<Omit<Item, 'kind'>> = {},
): Item {
  return {
    id: fields.id ?? newId('item'),
    kind,
    label,
    position,
    colour: defaultColour[kind],
    notes: '',
    tags: [],
    attractors: [],
    weight: 1,
    reach: kind === 'persona' ? defaultReach : null,
    locked: false,
    ...fields,
  };
}
