import { useSyncExternalStore } from 'react';

/** Phones, either way round: the map takes the width, the panel becomes a bottom sheet, the toolbar folds. */
export const narrowQuery = '(max-width: 600px), (max-height: 500px) and (max-width: 950px)';

const subscribe = (listener: () => void) => {
  const query = window.matchMedia(narrowQuery);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
};

/** Is the screen a phone's (see `narrowQuery`)? */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(narrowQuery).matches, () => false);
}
