import { createContext, useContext } from 'react';
import type { BoardLibrary } from '../persistence/boardLibrary';

export const LibraryContext = createContext<BoardLibrary | null>(null);

/** The saved boards: list, create, switch, delete, import. */
export function useLibrary(): BoardLibrary {
  const library = useContext(LibraryContext);
  if (!library) throw new Error('useLibrary outside <LibraryContext.Provider>');
  return library;
}
