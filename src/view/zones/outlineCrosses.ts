/** A box in px: a label's, with its margin. */
export interface PixelBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Half the width of a white-space outline as drawn (its dashed stroke, 2.5 px in presentation), with a pixel to spare. */
const halfStroke = 3;

/**
 * Does a circle's outline (centre and radius in px) pass through a box? It does when the box
 * reaches from inside the ring's outer edge to outside its inner edge: its nearest point is
 * within r + ½ stroke of the centre and its farthest corner beyond r − ½ stroke.
 */
export function outlineCrosses(circle: { readonly cx: number; readonly cy: number; readonly r: number }, box: PixelBox): boolean {
  const nearX = Math.max(box.left - circle.cx, 0, circle.cx - box.right);
  const nearY = Math.max(box.top - circle.cy, 0, circle.cy - box.bottom);
  const farX = Math.max(Math.abs(circle.cx - box.left), Math.abs(circle.cx - box.right));
  const farY = Math.max(Math.abs(circle.cy - box.top), Math.abs(circle.cy - box.bottom));
  return Math.hypot(nearX, nearY) <= circle.r + halfStroke && Math.hypot(farX, farY) >= circle.r - halfStroke;
}
