import { describe, expect, it } from 'vitest';
import { defaultColour, palette } from './palette';

// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0),
// applied in linear sRGB; differences measured as CIE76 ΔE in CIELAB (D65).
const deficiencies = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;

type Rgb = [number, number, number];
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [toLinear(((n >> 16) & 255) / 255), toLinear(((n >> 8) & 255) / 255), toLinear((n & 255) / 255)];
}

function simulate(rgb: Rgb, m: readonly number[]): Rgb {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [0, 1, 2].map((row) => clamp(m[row * 3]! * rgb[0] + m[row * 3 + 1]! * rgb[1] + m[row * 3 + 2]! * rgb[2])) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** ΔE between two colours as seen with normal vision and with each deficiency. */
function differences(a: string, b: string): Record<string, number> {
  const views: Record<string, number> = { normal: deltaE(lab(linearRgb(a)), lab(linearRgb(b))) };
  for (const [name, m] of Object.entries(deficiencies)) views[name] = deltaE(lab(simulate(linearRgb(a), m)), lab(simulate(linearRgb(b), m)));
  return views;
}

describe('palette', () => {
  it('products and personas stay far apart in colour under every common colour-vision deficiency', () => {
    for (const [view, difference] of Object.entries(differences(defaultColour.product, defaultColour.persona))) {
      expect(difference, view).toBeGreaterThan(30);
    }
  });

  it('every pair of palette colours stays distinguishable under every common colour-vision deficiency', () => {
    const weakest: string[] = [];
    palette.forEach((a, i) => {
      for (const b of palette.slice(i + 1)) {
        for (const [view, difference] of Object.entries(differences(a, b))) if (difference < 10) weakest.push(`${a} × ${b} (${view}): ΔE ${difference.toFixed(1)}`);
      }
    });
    expect(weakest).toEqual([]);
  });

  it('every palette colour reads against the light map (contrast ≥ 3:1, WCAG for graphics)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = linearRgb(hex);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = luminance('#fbfaf7');
    const low = palette.filter((colour) => (background + 0.05) / (luminance(colour) + 0.05) < 3);
    expect(low).toEqual([]);
  });
});
