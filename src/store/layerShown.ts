import type { DisplayOptions } from '../model/types';
import type { AppState } from './appState';
import { revealShows, type RevealLayer } from './revealSteps';

const toggleOf: Record<RevealLayer, keyof DisplayOptions> = {
  products: 'showProducts',
  personas: 'showPersonas',
  zones: 'showZones',
  whiteSpace: 'showWhiteSpace',
};

/**
 * Whether a layer shows on the map: in presentation the reveal step decides (it overrides
 * the layer toggles there only), elsewhere the board's saved toggle.
 */
export function layerShown(s: AppState, layer: RevealLayer): boolean {
  return s.session.presenting ? revealShows(s.session.revealStep, layer) : s.doc.board.display[toggleOf[layer]];
}
