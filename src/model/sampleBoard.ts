import type { Board, ItemKind } from './types';
import { createBlankBoard, createItem } from './board';
import { mapPoint } from './mapPoint';

type Seed = [kind: ItemKind, label: string, x: number, y: number, notes: string, weight?: number, reach?: number, attractors?: string[]];

const seeds: Seed[] = [
  ['product', 'Instant coffee', 0.08, 0.1, 'Spoon, hot water, done. Cheap and everywhere.', 2.5],
  ['product', 'Drip machine', 0.24, 0.2, 'A full pot for the household; set it and forget it.', 2],
  ['product', 'Capsule machine', 0.16, 0.4, 'One button, consistent cup, premium-looking pods.', 2],
  ['product', 'Ready-to-drink cold brew', 0.06, 0.27, 'Bottled in the fridge; no equipment at all.'],
  ['product', 'Moka pot', 0.5, 0.14, 'Stovetop classic: a little ritual, very little money.'],
  ['product', 'Bean-to-cup automatic', 0.34, 0.62, 'Grinds and brews at a touch; a kitchen status object.', 1.5],
  ['product', 'Pour-over kit', 0.62, 0.35, 'Kettle, cone, filter: hands-on and forgiving.'],
  ['product', 'Manual lever espresso', 0.88, 0.82, 'Full control over pressure; a lifelong hobby.', 0.6],
  ['product', 'Home roasting kit', 0.94, 0.58, 'Roast green beans at home; for the truly devoted.', 0.4],
  ['product', 'Smart scale with app', 0.76, 0.5, 'Weighs, times and logs every brew.', 0.7],
  ['persona', 'Morning rushers', 0.16, 0.18, 'Need caffeine before the school run; every second counts.', 2.5, 0.1, ['speed', 'no mess']],
  ['persona', 'Coffee hobbyists', 0.78, 0.68, 'Dial in every variable; share their recipes online.', 1.5, 0.09, ['craft', 'control']],
  ['persona', 'Remote workers', 0.52, 0.48, 'Several cups a day at the home desk; want a break that feels like a café.', 2, 0.1, ['ritual', 'a real break']],
  ['persona', 'Design-minded hosts', 0.45, 0.86, 'Serve guests; the machine is part of the kitchen’s look.', 1.4, 0.09, ['status', 'beauty']],
];

/** Sample boards' ids start so: a sample can be told apart, and reset. */
const samplePrefix = 'board:sample-';

/** Is this board a copy of the sample (made by this app since samples were marked)? */
export const isSampleBoard = (board: Pick<Board, 'id'>): boolean => board.id.startsWith(samplePrefix);

/** The board a newcomer sees first: coffee at home, ten products and four persona groups; each is a copy of its own. */
export function createSampleBoard(now: string): Board {
  const board = createBlankBoard(now, 'Coffee at home');
  return {
    ...board,
    id: board.id.replace(/^board:/, samplePrefix),
    items: seeds.map(([kind, label, x, y, notes, weight = 1, reach, attractors = []]) =>
      createItem(kind, label, mapPoint(x, y), {
        notes,
        weight,
        attractors,
        ...(kind === 'persona' && reach !== undefined ? { reach } : {}),
      }),
    ),
  };
}
