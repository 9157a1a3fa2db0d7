import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { Store } from '../store/createStore';
import type { AppState } from '../store/appState';
import type { Actions } from '../store/actions';
import { AppContext, useActions, useApp } from '../store/useStore';
import type { Autosave } from '../persistence/startAutosave';
import { Toolbar } from './Toolbar';
import { MapView } from './map/MapView';
import { SidePanel } from './panel/SidePanel';
import { ConflictBanner, DeletedBanner, Notice, RecoveryBanner } from './Banners';
import { SaveStatus } from './SaveStatus';
import { useShortcuts } from './useShortcuts';
import { usePresentation } from './usePresentation';
import { LibraryContext } from './LibraryContext';
import type { BoardLibrary } from '../persistence/boardLibrary';
import { ImportReview } from './io/ImportReview';
import { FileDropTarget } from './io/FileDropTarget';
import { usePasteItems } from './io/usePasteItems';
import { PresentationRail } from './present/PresentationRail';
import './visuallyHidden.css';
import { ScaleBanner } from './io/ScaleBanner';
import { ColumnsBanner } from './io/ColumnsBanner';
import { MapBoundary } from './crash/MapBoundary';
import { useLive } from './live/LiveContext';
import { LiveOnly } from './live/LiveOnly';
import { ShortcutSheet } from './help/ShortcutSheet';

// A shared board's parts load with it, never with a board of this browser.
const LiveBanners = lazy(() => import('./live/LiveBanners').then((module) => ({ default: module.LiveBanners })));
/** The room's rounds, timer and results: loaded with a shared board. */
const WorkshopBar = lazy(() => import('./workshop/WorkshopBar').then((module) => ({ default: module.WorkshopBar })));
const NameDialog = lazy(() => import('./live/NameDialog').then((module) => ({ default: module.NameDialog })));

interface Props {
  readonly store: Store<AppState>;
  readonly actions: Actions;
  /**
   * A local board's saving, with what only it has: conflicts with another tab, writes held
   * after a crash. A shared board has none: it saves itself as it changes (the Y.Doc).
   */
  readonly autosave?: Autosave;
  readonly library: BoardLibrary;
}

export function App({ store, actions, autosave, library }: Props) {
  const context = useMemo(() => ({ store, actions }), [store, actions]);
  const isDragging = useCallback(() => store.getState().session.drag !== null, [store]);
  const live = useLive();
  // A note's author on a shared board: the name this person goes by in the room.
  const author = useCallback(() => live?.name ?? '', [live]);
  useShortcuts(actions, isDragging, author);
  usePasteItems(store, actions);
  const setPresenting = usePresentation(store, actions);
  return (
    <AppContext.Provider value={context}>
      <LibraryContext.Provider value={library}>
        <Shell onPresent={setPresenting} autosave={autosave} />
        <ImportReview />
        <SurveyImport />
        <FileDropTarget />
        <LiveOnly>
          <NameDialog />
        </LiveOnly>
      </LibraryContext.Provider>
    </AppContext.Provider>
  );
}

/** Reading a survey: the dialog and its worker load when a survey file is first opened. */
const SurveyDialog = lazy(() => import('./evidence/SurveyDialog').then((module) => ({ default: module.SurveyDialog })));

function SurveyImport() {
  const source = useApp((s) => s.session.survey);
  if (!source) return null;
  return (
    <Suspense fallback={null}>
      <SurveyDialog key={source.name + source.bytes.byteLength} source={source} />
    </Suspense>
  );
}

function Shell({ onPresent, autosave }: { onPresent: (on: boolean) => void; autosave: Autosave | undefined }) {
  const presenting = useApp((s) => s.session.presenting);
  const title = useApp((s) => s.doc.board.title);
  const shortcuts = useApp((s) => s.session.shortcuts);
  // The projector (the view-only link): the map, the room's timer and rounds, no editing chrome, no toasts.
  const projector = useApp((s) => s.live?.projector ?? false);
  const actions = useActions();
  return (
    <div className={`app${presenting ? ' presenting' : ''}${projector ? ' projector' : ''}`}>
      {!presenting && (
        <a className="skip-link" href="#map" onClick={(event) => { event.preventDefault(); document.getElementById('map')?.focus(); }}>
          Skip to the map
        </a>
      )}
      {shortcuts && (
        <ShortcutSheet onClose={() => actions.setShortcuts(false)} onWelcome={() => { actions.setShortcuts(false); actions.setWelcome(true); }} />
      )}
      {!presenting && !projector && <Toolbar onPresent={() => onPresent(true)} heading={`P/A Map: ${title}`} />}
      {!presenting && projector && (
        <header className="projector-header">
          <h1 className="projector-title">{title}</h1>
          <SaveStatus />
        </header>
      )}
      <section className="messages" aria-label="Messages">
        <LiveOnly>
          {!projector && <LiveBanners />}
          <WorkshopBar />
        </LiveOnly>
        {autosave && (
          <>
            <ConflictBanner onResolve={autosave.resolveConflict} />
            <DeletedBanner />
            <RecoveryBanner />
          </>
        )}
        <ScaleBanner />
        <ColumnsBanner />
        {!projector && <Notice />}
      </section>
      <main className="workspace">
        <MapBoundary onCrash={autosave?.hold}>
          <MapView />
        </MapBoundary>
        {presenting ? <PresentationRail onExit={() => onPresent(false)} /> : !projector && <SidePanel />}
      </main>
    </div>
  );
}
