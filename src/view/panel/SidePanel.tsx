import { useActions, useApp } from '../../store/useStore';
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

/** The side panel: the item list with the selected item's editor, the ranked zones, the board's labels. */
export function SidePanel() {
  const actions = useActions();
  const active = useApp((s) => s.session.panelTab);
  return (
    <aside className="side-panel" aria-label="Side panel">
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
