import type { LegendKind } from '../io/slide/slideModel';

export interface LegendEntry {
  readonly kind: LegendKind;
  readonly text: string;
}

/** What the map's shapes mean, for the layers it shows (the rail and the slide say the same). */
export function legendEntries(shown: { products: boolean; personas: boolean; zones: boolean; whiteSpace: boolean; concepts: boolean; notes?: boolean }): LegendEntry[] {
  return [
    shown.products && { kind: 'product' as const, text: 'Products: circles, area = market presence' },
    shown.products && shown.concepts && { kind: 'concept' as const, text: 'Concepts: green circles, placed in a zone' },
    shown.personas && { kind: 'persona' as const, text: 'Persona groups: diamonds, halo = reach' },
    shown.zones && { kind: 'zone' as const, text: 'Opportunity zones: shaded, ranked by unmet demand' },
    shown.whiteSpace && { kind: 'whiteSpace' as const, text: 'White space: lettered circles with no product inside' },
    shown.notes === true && { kind: 'note' as const, text: 'Notes: the room’s comments, on the map or beside what they are about' },
  ].filter((entry): entry is LegendEntry => entry !== false);
}
