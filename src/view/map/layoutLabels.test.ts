import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLabels, shorten, type Box } from './layoutLabels';

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('layoutLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [label] = layoutLabels([{ id: 'a', x: 100, y: 100, radius: 10, text: 'Moka pot', priority: 1 }], {
      fontSize: 20,
      bounds: { left: 0, top: 0, right: 500, bottom: 500 },
    });
    expect(label).toMatchObject({ id: 'a', text: 'Moka pot', anchor: 'start', truncated: false });
    expect(label!.box.left).toBeGreaterThan(110);
  });

  it('shorten cuts with an ellipsis and leaves short text alone', () => {
    expect(shorten('Bean-to-cup automatic', 8)).toBe('Bean-to…');
    expect(shorten('Moka', 8)).toBe('Moka');
  });

  it('never lets a label overlap another label, a marker, an obstacle or leave the bounds', () => {
    const marker = fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 600 }), radius: fc.integer({ min: 4, max: 20 }), text: fc.string({ minLength: 1, maxLength: 30 }) });
    fc.assert(
      fc.property(fc.array(marker, { maxLength: 40 }), fc.array(fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 600 }) }), { maxLength: 3 }), (markers, badges) => {
        const requests = markers.map((m, i) => ({ ...m, id: `m${i}`, priority: i % 5 }));
        const obstacles = badges.map((b) => ({ left: b.x - 10, top: b.y - 10, right: b.x + 10, bottom: b.y + 10 }));
        const bounds = { left: -20, top: -20, right: 620, bottom: 620 };
        const placed = layoutLabels(requests, { fontSize: 16, bounds, obstacles });
        const markerBoxes = requests.map((r) => ({ left: r.x - r.radius, top: r.y - r.radius, right: r.x + r.radius, bottom: r.y + r.radius }));
        placed.forEach((label, i) => {
          expect(label.box.left >= bounds.left && label.box.right <= bounds.right && label.box.top >= bounds.top && label.box.bottom <= bounds.bottom).toBe(true);
          for (const box of [...markerBoxes, ...obstacles]) expect(overlaps(label.box, box)).toBe(false);
          placed.slice(i + 1).forEach((other) => expect(overlaps(label.box, other.box)).toBe(false));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with truncate: false, every label shows in full, reaching farther with a leader line before giving up a free spot', () => {
    // Ten markers in a tight row: only far leader lines find room for 40-character names.
    const requests = Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, x: 300, y: 200 + i * 12, radius: 5, text: `Product with a long descriptive name ${i}…`.slice(0, 40), priority: 1 }));
    const placed = layoutLabels(requests, { fontSize: 14, bounds: { left: 0, top: 0, right: 900, bottom: 600 }, truncate: false });
    expect(placed).toHaveLength(10);
    expect(placed.every((label) => !label.truncated && label.text === requests.find((r) => r.id === label.id)!.text)).toBe(true);
    expect(placed.some((label) => label.leader !== null)).toBe(true);
    const cut = layoutLabels(requests, { fontSize: 14, bounds: { left: 0, top: 0, right: 900, bottom: 600 } });
    expect(cut.some((label) => label.truncated) || cut.length < 10).toBe(true);
  });
});
