import { useMediaQuery } from './useMediaQuery';

/** Phones, either way round: the map takes the width, the panel becomes a bottom sheet, the toolbar folds. */
export const narrowQuery = '(max-width: 600px), (max-height: 500px) and (max-width: 950px)';

/** Is the screen a phone's (see `narrowQuery`)? */
export const useNarrow = (): boolean => useMediaQuery(narrowQuery);
