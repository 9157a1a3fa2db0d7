import type { Modifier } from './Modifier';
import { fromMicro, toMicro } from './microUnits';

/** Rounds to whole micro-units, so a pointer's float noise never reaches the board. */
export const snapToMicro: Modifier = ({ x, y }) => ({ x: fromMicro(toMicro(x)), y: fromMicro(toMicro(y)) });
