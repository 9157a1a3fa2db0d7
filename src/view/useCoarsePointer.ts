import { useMediaQuery } from './useMediaQuery';

/** Is the main pointer a finger (touch screens): targets grow to 44 × 44 px, drags wait for a longer move. */
export const useCoarsePointer = (): boolean => useMediaQuery('(pointer: coarse)');
