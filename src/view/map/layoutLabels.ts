/** A marker to label, in px: its centre, its radius and its text. */
export interface LabelRequest {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly text: string;
  /** Higher goes first and so gets the best spot. */
  readonly priority: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface PlacedLabel {
  readonly id: string;
  /** Text shown: the full label, or cut short with an ellipsis. */
  readonly text: string;
  readonly truncated: boolean;
  /** Anchor point of the text and its alignment. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
  /** Set when the label sits away from its marker: draw a leader line to here from the marker. */
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
  /** Font size, px, when it is not the layer's own (a crowded presentation map shrinks its labels). */
  readonly fontSize?: number;
  /** True when no free spot was found and the full label was put where it may overlap (only with `truncate: false`). */
  readonly crowded?: boolean;
}

export interface LabelOptions {
  readonly fontSize: number;
  /** Average glyph width as a share of the font size. */
  readonly charWidth?: number;
  readonly bounds: Box;
  /** Other things labels must not cover (zone badges, say). */
  readonly obstacles?: readonly Box[];
  /**
   * False where every name must show in full (presentation, exports): farther leader lines
   * are tried instead of an ellipsis, and a label that fits nowhere keeps its first spot.
   */
  readonly truncate?: boolean;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Approximate width of a text in px (a proportional font averages about 0.56 em a glyph). */
export function textWidth(text: string, fontSize: number, charWidth = 0.56): number {
  return text.length * fontSize * charWidth;
}

/**
 * Places labels so none overlaps another label or any marker: first around the marker
 * (right, left, above, below, diagonals), then further out with a leader line, then cut
 * short. A label that fits nowhere is left out (its full name stays on hover and focus).
 * With `truncate: false`, leader lines reach farther instead, and no label is cut or left out.
 */
export function layoutLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { fontSize, bounds } = options;
  const charWidth = options.charWidth ?? 0.56;
  // A text box as the browser measures it (Inter: ascent and descent ≈ 1.21 em), to the pixel.
  const height = fontSize * 1.22;
  const obstacles: Box[] = [
    ...requests.map((r) => ({ left: r.x - r.radius, top: r.y - r.radius, right: r.x + r.radius, bottom: r.y + r.radius })),
    ...(options.obstacles ?? []),
  ];
  const placed: PlacedLabel[] = [];
  const fits = (box: Box) =>
    box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom &&
    !obstacles.some((o) => overlaps(o, box)) && !placed.some((p) => overlaps(p.box, box));

  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const r of ordered) {
    const attempt = (text: string, truncated: boolean, reach: number): PlacedLabel | null => {
      const w = textWidth(text, fontSize, charWidth);
      const gap = r.radius + fontSize * 0.3 + reach;
      const candidates: { x: number; y: number; anchor: PlacedLabel['anchor']; left: number }[] = [
        { x: r.x + gap, y: r.y, anchor: 'start', left: r.x + gap },
        { x: r.x - gap, y: r.y, anchor: 'end', left: r.x - gap - w },
        { x: r.x, y: r.y - gap - height / 2, anchor: 'middle', left: r.x - w / 2 },
        { x: r.x, y: r.y + gap + height / 2, anchor: 'middle', left: r.x - w / 2 },
        { x: r.x + gap * 0.75, y: r.y - gap * 0.75 - height / 2, anchor: 'start', left: r.x + gap * 0.75 },
        { x: r.x + gap * 0.75, y: r.y + gap * 0.75 + height / 2, anchor: 'start', left: r.x + gap * 0.75 },
        { x: r.x - gap * 0.75, y: r.y - gap * 0.75 - height / 2, anchor: 'end', left: r.x - gap * 0.75 - w },
        { x: r.x - gap * 0.75, y: r.y + gap * 0.75 + height / 2, anchor: 'end', left: r.x - gap * 0.75 - w },
      ];
      for (const c of candidates) {
        const box = { left: c.left, top: c.y - height / 2, right: c.left + w, bottom: c.y + height / 2 };
        if (!fits(box)) continue;
        const leader = reach > 0 ? leaderLine(r, box) : null;
        return { id: r.id, text, truncated, x: c.x, y: c.y, anchor: c.anchor, box, leader };
      }
      return null;
    };
    const label =
      options.truncate === false
        ? ([0, 1.6, 3, 4.5, 6.5, 9].reduce<PlacedLabel | null>((found, reach) => found ?? attempt(r.text, false, fontSize * reach), null) ??
          forced(r, fontSize, charWidth, height, bounds))
        : attempt(r.text, false, 0) ??
          attempt(r.text, false, fontSize * 1.6) ??
          attempt(shorten(r.text, Math.ceil(r.text.length * 0.6)), true, 0) ??
          attempt(shorten(r.text, 10), true, 0) ??
          attempt(shorten(r.text, 10), true, fontSize * 1.6);
    if (label) placed.push(label);
  }
  return placed;
}

/** The full label beside its marker, where nothing free was found: right of it, or left when that stays inside the bounds. */
function forced(r: LabelRequest, fontSize: number, charWidth: number, height: number, bounds: Box): PlacedLabel {
  const width = textWidth(r.text, fontSize, charWidth);
  const right = r.x + r.radius + fontSize * 0.3;
  const left = right + width <= bounds.right ? right : Math.max(bounds.left, r.x - r.radius - fontSize * 0.3 - width);
  const box = { left, top: r.y - height / 2, right: left + width, bottom: r.y + height / 2 };
  return { id: r.id, text: r.text, truncated: false, x: left, y: r.y, anchor: 'start', box, leader: null, crowded: true };
}

/** Cuts a label to at most `length` characters, ending with an ellipsis. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  return `${text.slice(0, Math.max(1, length - 1)).trimEnd()}…`;
}

function leaderLine(r: LabelRequest, box: Box) {
  const tx = Math.min(Math.max(r.x, box.left), box.right);
  const ty = Math.min(Math.max(r.y, box.top), box.bottom);
  const length = Math.hypot(tx - r.x, ty - r.y) || 1;
  return { x1: r.x + ((tx - r.x) / length) * r.radius, y1: r.y + ((ty - r.y) / length) * r.radius, x2: tx, y2: ty };
}
