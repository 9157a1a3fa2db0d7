type Pixel = { readonly x: number; readonly y: number };

/**
 * An arrow in px from `from` to `stop` px short of `to` (the item's marker), its head a
 * triangle of its own (no SVG marker: exports keep shapes only). Nothing under 2 px is drawn.
 */
export function WaveArrow({ from, to, since, stop }: { from: Pixel; to: Pixel; since: string; stop: number }) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length - stop < 2) return null;
  const ux = dx / length;
  const uy = dy / length;
  const tip = { x: to.x - ux * stop, y: to.y - uy * stop };
  const head = Math.min(12, Math.max(6, stop * 0.8), length - stop);
  const base = { x: tip.x - ux * head, y: tip.y - uy * head };
  const wing = head * 0.5;
  const points = `${tip.x},${tip.y} ${base.x - uy * wing},${base.y + ux * wing} ${base.x + uy * wing},${base.y - ux * wing}`;
  return (
    <g className="wave-arrow" data-since={since}>
      <line x1={from.x} y1={from.y} x2={base.x} y2={base.y} />
      <polygon points={points} />
    </g>
  );
}
