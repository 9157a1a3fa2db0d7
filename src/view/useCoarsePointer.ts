import { useSyncExternalStore } from 'react';

const query = '(pointer: coarse)';
const subscribe = (listener: () => void) => {
  const list = window.matchMedia(query);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
};

/** Is the main pointer a finger (touch screens): targets grow to 44 × 44 px, drags wait for a longer move. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
}
