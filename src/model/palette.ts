/**
 * A categorical palette after Okabe–Ito, kept apart under the common colour-vision
 * deficiencies and dark enough to read on the light map (≥ 3:1): Okabe–Ito's blue and
 * vermillion, its green and purple darkened, its light colours (yellow, orange, sky blue)
 * replaced by brown, violet and ink. Tested in palette.test.ts. Products default to blue,
 * personas to vermillion; shape tells them apart too.
 */
export const palette = [
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#00805e', // bluish green, darkened
  '#b0428a', // reddish purple, darkened
  '#7a4a1e', // brown
  '#4b2991', // violet
  '#1d2330', // ink
] as const;

export const defaultColour = { product: '#0072b2', persona: '#d55e00' } as const;
