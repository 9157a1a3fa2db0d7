import { wrapText } from './wrapText';

/** The slide is laid out on 1920 × 1080 px (exported at 2×: 3840 × 2160). */
export const slideWidth = 1920;
export const slideHeight = 1080;
/** The square map's place on the slide. */
export const slideMap = { x: 40, y: 40, side: 1000 } as const;

export type LegendKind = 'product' | 'concept' | 'persona' | 'zone' | 'whiteSpace' | 'note';

export interface SlideInput {
  readonly title: string;
  readonly date: string;
  readonly legend: readonly { kind: LegendKind; text: string }[];
  readonly zones: readonly { title: string; index: number; sentence: string }[];
  /** "58 % of all demand is unmet.", under the zones' heading; null with no demand. */
  readonly total: string | null;
  /** The concepts' validation cards (see `conceptCardLines`), after the zones as room allows. */
  readonly concepts?: readonly { label: string; lines: readonly string[] }[];
  /** Width in px of `text` at `size` px and `weight`. */
  readonly measure: (text: string, size: number, weight: number) => number;
}

export interface SlideText {
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: 400 | 600;
  readonly fill: string;
}

export interface SlideModel {
  readonly texts: readonly SlideText[];
  readonly legendIcons: readonly { kind: LegendKind; x: number; y: number; size: number }[];
  readonly badges: readonly { rank: number; x: number; y: number; r: number }[];
  /** How many zones the slide lists; the rest are counted in a "+N more" line. */
  readonly zonesShown: number;
}

const column = { x: slideMap.x + slideMap.side + 50, right: slideWidth - 50 };
const footerTop = slideHeight - 62;

/**
 * What goes where on the slide beside the map: the title, the date, the legend, the ranked
 * zones with their sentences (as many as fit, then "+N more") and a footer on the index.
 * Every text is at least 20 px on the 1920 × 1080 layout (40 px in the exported image).
 */
export function slideModel({ title, date, legend, zones, total, concepts = [], measure }: SlideInput): SlideModel {
  const texts: SlideText[] = [];
  const legendIcons: SlideModel['legendIcons'][number][] = [];
  const badges: SlideModel['badges'][number][] = [];
  let y = slideMap.y;
  const wrap = (text: string, size: number, weight: SlideText['weight'], x: number) => wrapText(text, column.right - x, (t) => measure(t, size, weight));
  /** Writes `lines` from the current top down, and moves the top below them. */
  const put = (lines: readonly string[], x: number, size: number, weight: SlideText['weight'], fill: string, lineHeight = 1.25) => {
    lines.forEach((text, i) => texts.push({ x, y: y + size * (0.95 + i * lineHeight), text, size, weight, fill }));
    y += lines.length * size * lineHeight;
  };

  put(wrap(title, 52, 600, column.x), column.x, 52, 600, '#000000', 1.15);
  y += 8;
  put(wrap(date, 24, 400, column.x), column.x, 24, 400, '#3d4350');
  y += 26;
  for (const entry of legend) {
    legendIcons.push({ kind: entry.kind, x: column.x + 14, y: y + 15, size: 28 });
    put(wrap(entry.text, 24, 400, column.x + 44), column.x + 44, 24, 400, '#1d2330', 1.3);
    y += 6;
  }
  y += 24;
  // Concept cards (at most two) keep their room below the zones; the zones list what fits above.
  const cards = concepts.slice(0, 2).map((concept) => ({
    head: wrap(`Concept: ${concept.label}`, 24, 600, column.x),
    lines: concept.lines.flatMap((line) => wrap(line, 20, 400, column.x)),
  }));
  const cardsHeight = cards.reduce((sum, card) => sum + 12 + card.head.length * 24 * 1.25 + card.lines.length * 20 * 1.25, 0);
  const zoneHeight = (zone: SlideInput['zones'][number], i: number, indent: number) =>
    wrap(`Zone ${i + 1}: ${zone.title} · index ${zone.index}`, 28, 600, indent).length * 28 * 1.25 + wrap(zone.sentence, 24, 400, indent).length * 24 * 1.25 + 18;
  // Zone 1 always has its place: the cards go when both do not fit.
  const headTop = y + 24 * 1.25 + (total ? wrap(total, 24, 400, column.x).length * 24 * 1.25 : 0) + 12;
  const keepCards = zones.length === 0 || headTop + zoneHeight(zones[0]!, 0, column.x + 50) + cardsHeight <= footerTop;
  const zonesBottom = footerTop - (keepCards ? cardsHeight : 0);
  let zonesShown = 0;
  if (zones.length > 0) {
    put(['OPPORTUNITY ZONES'], column.x, 24, 600, '#1d2330');
    if (total) put(wrap(total, 24, 400, column.x), column.x, 24, 400, '#1d2330');
    y += 12;
    const indent = column.x + 50;
    for (const [i, zone] of zones.entries()) {
      const head = wrap(`Zone ${i + 1}: ${zone.title} · index ${zone.index}`, 28, 600, indent);
      const sentence = wrap(zone.sentence, 24, 400, indent);
      const height = zoneHeight(zone, i, indent);
      const roomForMore = i < zones.length - 1 ? 40 : 0;
      if (y + height + roomForMore > zonesBottom) break;
      badges.push({ rank: i + 1, x: column.x + 19, y: y + 18, r: 19 });
      put(head, indent, 28, 600, '#000000');
      put(sentence, indent, 24, 400, '#1d2330');
      y += 18;
      zonesShown = i + 1;
    }
    if (zonesShown < zones.length) put([`+${zones.length - zonesShown} more`], column.x, 24, 600, '#1d2330');
  }
  for (const card of keepCards ? cards : []) {
    y += 12;
    put(card.head, column.x, 24, 600, '#000000');
    put(card.lines, column.x, 20, 400, '#1d2330');
  }
  texts.push({ x: column.x, y: slideHeight - 30, text: 'Index: unmet demand relative to zone 1. A judgement aid, not a forecast.', size: 20, weight: 400, fill: '#3d4350' });
  return { texts, legendIcons, badges, zonesShown };
}
