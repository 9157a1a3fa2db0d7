import { useCallback, useEffect } from 'react';
import type { Actions } from '../store/actions';
import type { AppState } from '../store/appState';
import type { Store } from '../store/createStore';
import { keyBelongsElsewhere } from './useShortcuts';

/** Keys that reveal one layer more or one less: arrows, and what presentation clickers send. */
const revealKeys = new Map([['ArrowRight', 1], ['PageDown', 1], ['ArrowLeft', -1], ['PageUp', -1]]);

/**
 * Presentation mode: P or the Present button enters it (and asks for full screen where the
 * browser allows; the mode does not depend on it); Escape first cancels a drag, then leaves.
 * → / PageDown and ← / PageUp move through the reveal steps while no item is held.
 */
export function usePresentation(store: Store<AppState>, actions: Actions) {
  const set = useCallback(
    (on: boolean) => {
      actions.setPresenting(on);
      const root = document.documentElement;
      if (on && !document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
      if (!on && document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    },
    [actions],
  );

  useEffect(() => {
    // Capture phase: this runs before dnd-kit sees the Escape, so a drag still in progress is
    // left for dnd-kit to cancel and the mode stays.
    const onKeyDown = (event: KeyboardEvent) => {
      const { presenting, drag } = store.getState().session;
      if (event.key === 'Escape' && presenting && !drag) {
        set(false);
      } else if (presenting && !drag && revealKeys.has(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey && !keyBelongsElsewhere(event.target)) {
        event.preventDefault();
        actions.moveRevealStep(revealKeys.get(event.key)!);
      } else if ((event.key === 'p' || event.key === 'P') && !event.ctrlKey && !event.metaKey && !event.altKey && !keyBelongsElsewhere(event.target) && !drag) {
        event.preventDefault();
        set(!presenting);
      }
    };
    // Leaving full screen with the browser's own Escape also leaves the mode.
    const onFullscreen = () => {
      if (!document.fullscreenElement && store.getState().session.presenting) actions.setPresenting(false);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [store, actions, set]);

  return set;
}
