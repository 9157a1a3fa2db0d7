/** A marker on the map, in px: its centre and radius. */
export interface MarkerDisc {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** Directions tried around a zone's peak, right first (labels prefer the right, so the badge usually does not). */
const directions = [0, 180, 90, 270, 45, 135, 225, 315].map((deg) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)] as const);

/**
 * Where each zone's rank badge goes: at its peak when that covers no marker, else at the
 * nearest spot beside it that covers no marker and no earlier badge (rings of growing
 * distance, eight directions each), kept inside the plot `[0, plot]²`. Nothing covers what
 * it names: the persona diamond at a zone's heart stays visible, the badge sits beside it.
 */
export function placeBadges(peaks: readonly { x: number; y: number }[], markers: readonly MarkerDisc[], radius: number, plot: number): { x: number; y: number }[] {
  const placed: { x: number; y: number }[] = [];
  const free = (x: number, y: number) =>
    x >= radius && y >= radius && x <= plot - radius && y <= plot - radius &&
    markers.every((m) => Math.hypot(m.x - x, m.y - y) >= m.radius + radius + 2) &&
    placed.every((b) => Math.hypot(b.x - x, b.y - y) >= 2 * radius + 2);
  for (const peak of peaks) {
    let spot: { x: number; y: number } | null = free(peak.x, peak.y) ? { x: peak.x, y: peak.y } : null;
    for (let ring = 1; !spot && ring <= 12; ring++) {
      const distance = ring * radius * 0.75;
      for (const [dx, dy] of directions) {
        const x = peak.x + dx * distance;
        const y = peak.y + dy * distance;
        if (free(x, y)) {
          spot = { x, y };
          break;
        }
      }
    }
    placed.push(spot ?? { x: peak.x, y: peak.y });
  }
  return placed;
}
