import { useCallback, useMemo } from 'react';
import type { Store } from '../store/createStore';
import type { AppState } from '../store/appState';
import type { Actions } from '../store/actions';
import { AppContext, useApp } from '../store/useStore';
import type { Autosave } from '../persistence/startAutosave';
import { Toolbar } from './Toolbar';
import { MapView } from './map/MapView';
import { SidePanel } from './panel/SidePanel';
import { ConflictBanner, Notice } from './Banners';
import { useShortcuts } from './useShortcuts';
import { usePresentation } from './usePresentation';


interface Props {
  readonly store: Store<AppState>;
  readonly actions: Actions;
  readonly autosave: Autosave;
}

export function App({ store, actions, autosave }: Props) {
  const context = useMemo(() => ({ store, actions }), [store, actions]);
  const isDragging = useCallback(() => store.getState().session.drag !== null, [store]);
  useShortcuts(actions, isDragging);
  const setPresenting = usePresentation(store, actions);
  return (
    <AppContext.Provider value={context}>
      <Shell onPresent={setPresenting} onResolve={autosave.resolveConflict} />
    </AppContext.Provider>
  );
}

function Shell({ onPresent, onResolve }: { onPresent: (on: boolean) => void; onResolve: (choice: 'theirs' | 'mine') => void }) {
  const presenting = useApp((s) => s.session.presenting);
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      {presenting ? (
        <button type="button" className="exit-presentation" onClick={() => onPresent(false)}>
          Exit presentation
        </button>
      ) : (
        <Toolbar onPresent={() => onPresent(true)} />
      )}
      <ConflictBanner onResolve={onResolve} />
      <Notice />
      <main className="workspace">
        <MapView />
        {!presenting && <SidePanel />}
      </main>
    </div>
  );
}
