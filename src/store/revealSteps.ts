/**
 * Presentation reveals the map as a facilitator tells the story, one layer more at each
 * step: products → persona groups → opportunity zones → white space. Steps are cumulative.
 */
export const revealSteps = [
  { layer: 'products', name: 'Products' },
  { layer: 'personas', name: 'Persona groups' },
  { layer: 'zones', name: 'Opportunity zones' },
  { layer: 'whiteSpace', name: 'White space' },
] as const;

export type RevealLayer = (typeof revealSteps)[number]['layer'];

/** 0-based index into `revealSteps`; the last step shows the whole map. */
export type RevealStep = number;

export const lastRevealStep: RevealStep = revealSteps.length - 1;

/** True when `layer` shows at `step` (each step shows its own layer and every earlier one). */
export function revealShows(step: RevealStep, layer: RevealLayer): boolean {
  return revealSteps.findIndex((s) => s.layer === layer) <= step;
}

/** The step `delta` away, held within the first and the last. */
export function moveRevealStep(step: RevealStep, delta: number): RevealStep {
  return Math.min(lastRevealStep, Math.max(0, step + delta));
}
