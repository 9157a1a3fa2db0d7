import { describe, expect, it } from 'vitest';
import { layerShown } from './layerShown';
import { createAppStore } from './actions';
import { testBoard } from '../model/testBoard';
import type { AppState } from './appState';

const state = (presenting: boolean, revealStep: number, showZones: boolean): AppState => {
  const base = createAppStore(testBoard()).getState();
  const board = { ...base.doc.board, display: { ...base.doc.board.display, showZones } };
  return { doc: { ...base.doc, board }, session: { ...base.session, presenting, revealStep } };
};

describe('layerShown', () => {
  it('follows the saved toggle outside presentation, whatever the reveal step', () => {
    expect(layerShown(state(false, 0, true), 'zones')).toBe(true);
    expect(layerShown(state(false, 3, false), 'zones')).toBe(false);
  });

  it('follows the reveal step in presentation, whatever the saved toggle', () => {
    expect(layerShown(state(true, 2, false), 'zones')).toBe(true);
    expect(layerShown(state(true, 1, true), 'zones')).toBe(false);
    expect(layerShown(state(true, 0, true), 'personas')).toBe(false);
    expect(layerShown(state(true, 0, false), 'products')).toBe(true);
  });
});
