import { describe, expect, it } from 'vitest';
import { slideHeight, slideMap, slideModel, slideWidth, type SlideInput } from './slideModel';

const measure = (text: string, size: number) => text.length * size * 0.55;
const zone = (i: number) => ({ title: `Group ${i}`, index: 100 - i * 10, sentence: `Group ${i}: 91 % of their demand is unmet. No product within 31 % of the map's width; nearest: Projector. In the Practical quadrant.` });
const input = (zones: number): SlideInput => ({
  title: 'Home entertainment',
  date: '1 March 2026',
  total: '58 % of all demand is unmet.',
  legend: [
    { kind: 'product', text: 'Products: circles, area = market presence' },
    { kind: 'persona', text: 'Persona groups: diamonds, halo = reach' },
  ],
  zones: Array.from({ length: zones }, (_, i) => zone(i + 1)),
  measure,
});

describe('slideModel', () => {
  it('puts the title, the date, the legend, every zone that fits and the footer beside the map, inside the slide', () => {
    const model = slideModel(input(3));
    const words = model.texts.map((t) => t.text).join(' ');
    for (const text of ['Home entertainment', '1 March 2026', 'Products: circles', 'Zone 1: Group 1', 'Zone 3: Group 3', 'not a forecast']) expect(words).toContain(text);
    expect(model.zonesShown).toBe(3);
    for (const t of model.texts) {
      expect(t.x).toBeGreaterThan(slideMap.x + slideMap.side);
      expect(t.x + measure(t.text, t.size)).toBeLessThanOrEqual(slideWidth);
      expect(t.y).toBeLessThanOrEqual(slideHeight);
      expect(t.size).toBeGreaterThanOrEqual(20);
    }
  });

  it('shows the total unmet demand under the zones, then the concepts\' validation cards with their attractors, as room allows', () => {
    const card = { label: 'Desk espresso dock', lines: ['Sits in zone 1 (Group 1) and would meet 38 % of its unmet demand.', 'All demand: 58 % → 41 % unmet (−17 points).', 'Claims 2 of 3 key attractors of its zone: ritual, craft.'] };
    const model = slideModel({ ...input(2), concepts: [card] });
    const words = model.texts.map((t) => t.text).join(' ');
    for (const text of ['58 % of all demand is unmet.', 'Concept: Desk espresso dock', 'would meet 38 %', 'ritual, craft']) expect(words).toContain(text);
    const footer = model.texts.find((t) => t.text.startsWith('Index:'))!;
    for (const t of model.texts.filter((t) => t !== footer)) expect(t.y).toBeLessThan(footer.y - footer.size);
    // Ten zones: the card keeps its room, the zones list what fits above it and count the rest.
    const busy = slideModel({ ...input(10), concepts: [card] });
    expect(busy.texts.some((t) => t.text.startsWith('Concept:'))).toBe(true);
    expect(busy.zonesShown).toBeLessThan(slideModel(input(10)).zonesShown);
    expect(busy.texts.some((t) => t.text === `+${10 - busy.zonesShown} more`)).toBe(true);
    const busyFooter = busy.texts.find((t) => t.text.startsWith('Index:'))!;
    for (const t of busy.texts.filter((t) => t !== busyFooter)) expect(t.y).toBeLessThan(busyFooter.y - busyFooter.size);
  });

  it('lists the zones that fit, then "+N more", never over the footer', () => {
    const model = slideModel(input(10));
    expect(model.zonesShown).toBeGreaterThan(1);
    expect(model.zonesShown).toBeLessThan(10);
    const more = model.texts.find((t) => t.text === `+${10 - model.zonesShown} more`);
    expect(more).toBeDefined();
    const footer = model.texts.find((t) => t.text.startsWith('Index:'))!;
    for (const t of model.texts.filter((t) => t !== footer)) expect(t.y).toBeLessThan(footer.y - footer.size);
    expect(model.badges.map((b) => b.rank)).toEqual(Array.from({ length: model.zonesShown }, (_, i) => i + 1));
  });
});
