import { useCallback, useMemo } from 'react';
import type { Store } from '../store/createStore';
import type { AppState } from '../store/appState';
import type { Actions } from '../store/actions';
import { AppContext } from '../store/useStore';
import type { Autosave } from '../persistence/startAutosave';
import { Toolbar } from './Toolbar';
import { MapView } from './map/MapView';
import { SidePanel } from './panel/SidePanel';
import { ConflictBanner, Notice } from './Banners';
import { useShortcuts } from './useShortcuts';
import { ZonesPanel } from './zones/ZonesPanel';

const zonesTab = [{ id: 'zones' as const, name: 'Zones', content: <ZonesPanel /> }];

interface Props {
  readonly store: Store<AppState>;
  readonly actions: Actions;
  readonly autosave: Autosave;
}

export function App({ store, actions, autosave }: Props) {
  const context = useMemo(() => ({ store, actions }), [store, actions]);
  const isDragging = useCallback(() => store.getState().session.drag !== null, [store]);
  useShortcuts(actions, isDragging);
  return (
    <AppContext.Provider value={context}>
      <div className="app">
        <Toolbar />
        <ConflictBanner onResolve={autosave.resolveConflict} />
        <Notice />
        <main className="workspace">
          <MapView />
          <SidePanel extraTabs={zonesTab} />
        </main>
      </div>
    </AppContext.Provider>
  );
}
