import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './styles.css';
import { App } from './view/App';
import { createActions, createAppStore } from './store/actions';
import { BoardRepository } from './persistence/boardRepository';
import { loadInitialBoard } from './persistence/loadInitialBoard';
import { startAutosave } from './persistence/startAutosave';
import { createBoardLibrary } from './persistence/boardLibrary';
import { firstZones } from './view/zones/useGaps';
import { AppBoundary } from './view/crash/AppBoundary';
import { readRoomLink } from './collab/protocol';
import { takeCarriedNotice } from './persistence/carriedNotice';
import { takeFirstVisit } from './persistence/firstVisit';
import { isSampleBoard } from './model/sampleBoard';
import { draftFields } from './persistence/drafts';

async function boot() {
  const repo = new BoardRepository();
  const initial = await loadInitialBoard(repo, new Date().toISOString());
  const store = createAppStore(initial.board);
  const actions = createActions(store);
  const autosave = startAutosave({ store, actions, repo, revision: initial.revision, exact: initial.exact });
  const library = createBoardLibrary({ store, actions, autosave, repo });
  if (initial.problem) actions.notify(initial.problem, 'error');
  else if (initial.messages.length > 0) actions.notify(initial.messages.join(' '), 'error');
  if (initial.recovery) actions.setRecovery(initial.recovery);
  const carried = takeCarriedNotice();
  if (carried && !initial.problem) actions.notify(carried.text, carried.tone);
  if (initial.revision === 0) void autosave.flush();
  // Typing kept from before a reload shows again: the item or tab whose field holds it opens.
  const drafted = draftFields(initial.board.id);
  const itemId = drafted.map((field) => field.split('.')[0]!).find((id) => initial.board.items.some((item) => item.id === id));
  if (itemId) actions.select(itemId);
  else if (drafted.some((field) => field.startsWith('labels.'))) actions.setPanelTab('labels');
  // A first visit opens on a fresh sample: the welcome says what a P/A map is, once.
  if (initial.revision === 0 && !initial.problem && isSampleBoard(initial.board) && takeFirstVisit()) actions.setWelcome(true);
  // The first frame shows the zones (the worker's first answer, waited for a moment at most).
  await firstZones(store.getState().doc.board);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppBoundary board={() => store.getState().doc.board} onCrash={autosave.hold}>
        <App store={store} actions={actions} autosave={autosave} library={library} />
      </AppBoundary>
    </StrictMode>,
  );
}

// A shared board's link opens its room; Yjs and the sync provider load only then.
const link = readRoomLink(location.href);
if (link) void import('./view/live/bootShared').then(({ bootShared }) => bootShared(link, document.getElementById('root')!));
else void boot();
