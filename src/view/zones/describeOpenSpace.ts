import type { WhiteSpaceCircle } from '../../gaps';
import type { Board } from '../../model/types';
import { percent } from '../../model/describePosition';
import { quadrantName, widthPercent } from './explainZone';

const at = (v: number, end: 0 | 1) => Math.abs(v - end) < 1e-9;

/**
 * Where a white-space circle is, in a room's words: "the open corner at Immersive–Essential",
 * "the open Aspirational edge, at interactivity 40 %", or its centre and quadrant.
 */
export function describeOpenSpace(board: Pick<Board, 'axes' | 'quadrants'>, circle: WhiteSpaceCircle): string {
  const { x: ax, y: ay } = board.axes;
  const xEnd = at(circle.x, 0) ? ax.min : at(circle.x, 1) ? ax.max : null;
  const yEnd = at(circle.y, 0) ? ay.min : at(circle.y, 1) ? ay.max : null;
  const size = `radius ${widthPercent(circle.radius)}`;
  if (xEnd && yEnd) return `The open corner at ${xEnd}–${yEnd}, ${size}.`;
  if (xEnd) return `The open ${xEnd} edge, at ${ay.title.toLowerCase()} ${percent(circle.y)} %, ${size}.`;
  if (yEnd) return `The open ${yEnd} edge, at ${ax.title.toLowerCase()} ${percent(circle.x)} %, ${size}.`;
  return `Empty circle, ${size}, centred at ${ax.title.toLowerCase()} ${percent(circle.x)} %, ${ay.title.toLowerCase()} ${percent(circle.y)} %, in ${quadrantName(board, circle.x, circle.y)}.`;
}
