import { useEffect, useState } from 'react';
import { useActions, useApp } from '../../store/useStore';
import { useNarrow } from '../useNarrow';
import type { Session } from '../../store/appState';
import { ItemsList } from './ItemsList';
import { ItemEditor } from './ItemEditor';
import { LabelsEditor } from './LabelsEditor';
import { ZonesPanel } from '../zones/ZonesPanel';

const all: { id: Session['panelTab']; name: string }[] = [
  { id: 'items', name: 'Items' },
  { id: 'zones', name: 'Zones' },
  { id: 'labels', name: 'Labels' },
];

/**
 * The side panel: the item list with the selected item's editor, the ranked zones, the board's
 * labels. On a phone it is a bottom sheet, folded to a handle until opened (or an item is
 * selected, but for items picked with Select on), so the map keeps the screen.
 */
export function SidePanel() {
  const actions = useActions();
  const active = useApp((s) => s.session.panelTab);
  const selected = useApp((s) => s.session.selectedId);
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const asked = useApp((s) => s.session.sheetOpen);
  // While Select is on, a finger is picking several items on the map: the sheet stays down (its handle opens it).
  const picking = useApp((s) => s.session.selectMode);
  useEffect(() => {
    if (narrow && ((selected && !picking) || asked > 0)) setOpen(true);
  }, [narrow, selected, asked, picking]);
  const folded = narrow && !open;
  return (
    <aside className={narrow ? `side-panel sheet${folded ? ' sheet-folded' : ''}` : 'side-panel'} aria-label="Side panel">
      {narrow && (
        <button type="button" className="sheet-handle" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
          <span aria-hidden="true">{open ? '▾' : '▴'}</span> {open ? 'Close the panel' : 'Items, zones and labels'}
        </button>
      )}
      <div role="tablist" aria-label="Panels" className="tabs">
        {all.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => actions.setPanelTab(tab.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const index = all.findIndex((t) => t.id === active);
              const next = all[(index + (event.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length]!;
              actions.setPanelTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {tab.name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="tab-panel">
        {active === 'items' && (
          <>
            <ItemsList />
            <ItemEditor />
          </>
        )}
        {active === 'zones' && <ZonesPanel />}
        {active === 'labels' && <LabelsEditor />}
      </div>
    </aside>
  );
}
