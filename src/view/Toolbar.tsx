import { lazy, useRef, useState, type FormEvent } from 'react';
import { useNarrow } from './useNarrow';
import type { ItemKind } from '../model/types';
import { redoLabel, redoable as canRedo, undoLabel, undoable as canUndo } from '../store/appState';
import { useActions, useApp } from '../store/useStore';
import { SaveStatus } from './SaveStatus';
import { limits } from '../model/rules';
import { EditableTitle } from './EditableTitle';
import { BoardsMenu } from './boards/BoardsMenu';
import { ImportButton } from './io/ImportButton';
import { SurveyButton } from './io/SurveyButton';
import { ExportMenu } from './io/ExportMenu';
import { ShareButton } from './live/ShareButton';
import { LiveOnly } from './live/LiveOnly';
import { useLive } from './live/LiveContext';

const PeopleMenu = lazy(() => import('./live/PeopleMenu').then((module) => ({ default: module.PeopleMenu })));
/** The facilitator's rounds and timer: loaded with a shared board. */
const WorkshopMenu = lazy(() => import('./workshop/WorkshopMenu').then((module) => ({ default: module.WorkshopMenu })));

/** The slim bar: board name and boards, quick entry, add, undo/redo, view, import and export, save status; the page's heading, for assistive technology. */
export function Toolbar({ onPresent, heading }: { onPresent: () => void; heading: string }) {
  const actions = useActions();
  const undoable = useApp(canUndo);
  const redoable = useApp(canRedo);
  const undoWhat = useApp(undoLabel);
  const redoWhat = useApp(redoLabel);
  /** "Undo move “Capsule machine”": the step named as it reads in a sentence. */
  const stepName = (what: 'Undo' | 'Redo', label: string | null) => (label ? `${what} ${label.charAt(0).toLowerCase()}${label.slice(1)}` : what);
  const showZones = useApp((s) => s.doc.board.display.showZones);
  const live = useLive();
  // On a phone the bar folds: the name, quick entry and undo stay; the rest is behind "Menu".
  const narrow = useNarrow();
  const [menu, setMenu] = useState(false);
  /** Adds an item, selects it and puts the cursor in its label in the Items tab, ready to type its name. */
  const addAndName = (kind: ItemKind) => {
    if (!actions.addItem(kind, kind === 'product' ? 'New product' : 'New persona')) return;
    actions.setPanelTab('items');
    requestAnimationFrame(() => {
      const field = document.getElementById('item-label');
      if (field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
    });
  };
  return (
    <header className={narrow ? 'toolbar toolbar-narrow' : 'toolbar'}>
      <h1 className="visually-hidden">{heading}</h1>
      <div className="toolbar-group">
        <div className="title-stack">
          <EditableTitle />
          <SaveStatus />
        </div>
        {!narrow && <BoardsMenu />}
      </div>
      <QuickAdd />
      <div className="toolbar-group toolbar-history">
        <button type="button" className="history-button" aria-label={stepName('Undo', undoable ? undoWhat : null)} onClick={actions.undo} disabled={!undoable} title={`${stepName('Undo', undoable ? undoWhat : null)} (Ctrl+Z)`}>
          <span className="history-glyph" aria-hidden="true">↶</span>
          <span className="history-word">Undo</span>
        </button>
        <button type="button" className="history-button" aria-label={stepName('Redo', redoable ? redoWhat : null)} onClick={actions.redo} disabled={!redoable} title={`${stepName('Redo', redoable ? redoWhat : null)} (Ctrl+Shift+Z)`}>
          <span className="history-glyph" aria-hidden="true">↷</span>
          <span className="history-word">Redo</span>
        </button>
      </div>
      {narrow && (
        <button type="button" className="toolbar-menu" aria-expanded={menu} aria-controls="toolbar-more" onClick={() => setMenu((v) => !v)}>
          Menu {menu ? '▴' : '▾'}
        </button>
      )}
      <div className="toolbar-more" id="toolbar-more" hidden={narrow && !menu}>
        {narrow && <BoardsMenu />}
        <div className="toolbar-group">
          <button type="button" onClick={() => addAndName('product')}>Add product</button>
          <button type="button" onClick={() => addAndName('persona')}>Add persona</button>
          <button type="button" onClick={() => actions.addNote(live?.name ?? '')} title="A sticky note on the map (N)">Add note</button>
        </div>
        <div className="toolbar-group">
          <button type="button" aria-pressed={showZones} onClick={() => actions.dispatch({ type: 'setDisplay', changes: { showZones: !showZones } })}>
            Opportunity zones
          </button>
        </div>
        <div className="toolbar-group">
          <button type="button" onClick={onPresent} title="Presentation mode (P)">Present</button>
        </div>
        <div className="toolbar-group">
          <ImportButton />
          <SurveyButton />
          <ExportMenu />
        </div>
        <ShareButton />
      </div>
      <LiveOnly>
        <PeopleMenu />
        <WorkshopMenu />
      </LiveOnly>
    </header>
  );
}

/** Type a name, press Enter: the item appears, the field empties, ready for the next. */
function QuickAdd() {
  const actions = useActions();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ItemKind>('product');
  const field = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The field's own value: Enter right after typing never waits for a render to catch up.
    const label = (field.current?.value ?? text).trim();
    if (!label) return;
    if (actions.addItem(kind, label)) setText('');
  };
  return (
    <form className="quick-add" onSubmit={submit}>
      <span className="quick-add-field">
      <label className="quick-add-label" htmlFor="quick-add">Quick add</label>
      <input
        ref={field}
        id="quick-add"
        type="text"
        placeholder={kind === 'product' ? 'Product name, Enter' : 'Persona group, Enter'}
        value={text}
        aria-invalid={text.trim().length > limits.label || undefined}
        onChange={(event) => setText(event.target.value)}
      />
      </span>
      <div className="kind-switch" role="radiogroup" aria-label="Kind of new items">
        {(['product', 'persona'] as const).map((value) => (
          <label key={value} className={kind === value ? 'active' : ''}>
            <input type="radio" name="quick-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {value === 'product' ? 'Product' : 'Persona'}
          </label>
        ))}
      </div>
    </form>
  );
}
