/**
 * Okabe–Ito, a categorical palette distinguishable under the common colour-vision
 * deficiencies. Products default to blue, personas to vermillion; shape tells them apart too.
 */
export const palette = [
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#009e73', // bluish green
  '#cc79a7', // reddish purple
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#000000', // black
  '#b8a600', // yellow, darkened to read on a light background
] as const;

export const defaultColour = { product: '#0072b2', persona: '#d55e00' } as const;
