import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState } from './appState';
import type { Store } from './createStore';
import type { Actions } from './actions';

export interface AppContextValue {
  readonly store: Store<AppState>;
  readonly actions: Actions;
}

export const AppContext = createContext<AppContextValue | null>(null);

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}

/** Subscribes to one slice of the app state; re-renders only when that slice changes (Object.is). */
export function useApp<T>(selector: (state: AppState) => T): T {
  const { store } = useAppContext();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

export function useActions(): Actions {
  return useAppContext().actions;
}

export function useStoreInstance(): Store<AppState> {
  return useAppContext().store;
}
