/**
 * A valid board with no items and no zones, as stored: items or zones read alone are read
 * as part of it, so the rule book (`parseDocument`) checks them exactly as in a file.
 */
export const probeBoard = {
  id: 'board:probe',
  title: 'Probe',
  axes: { x: { title: 'x', min: 'a', max: 'b' }, y: { title: 'y', min: 'a', max: 'b' } },
  quadrants: { bottomLeft: '', topLeft: '', bottomRight: '', topRight: '' },
  bands: [],
  display: { showBands: false, showProducts: true, showPersonas: true, showZones: true, showWhiteSpace: true, countConcepts: false },
  items: [],
  pinnedZones: [],
  gapSettings: { coverage: 0.1, threshold: 0.5, maxZones: 3 },
  locked: false,
  createdAt: '',
  updatedAt: '',
} as const;
