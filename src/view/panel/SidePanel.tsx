import type { ReactNode } from 'react';
import { useActions, useApp } from '../../store/useStore';
import type { Session } from '../../store/appState';
import { ItemsList } from './ItemsList';
import { ItemEditor } from './ItemEditor';
import { LabelsEditor } from './LabelsEditor';

const tabs: { id: Session['panelTab']; name: string }[] = [
  { id: 'items', name: 'Items' },
  { id: 'labels', name: 'Labels' },
];

/** The side panel: tabs for the item list, the board's labels, and the selected item's editor. */
export function SidePanel({ extraTabs = [] }: { extraTabs?: { id: Session['panelTab']; name: string; content: ReactNode }[] }) {
  const actions = useActions();
  const active = useApp((s) => s.session.panelTab);
  const all = [...tabs.slice(0, 1), ...extraTabs, ...tabs.slice(1)];
  const extra = extraTabs.find((tab) => tab.id === active);
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
        {active === 'labels' && <LabelsEditor />}
        {extra?.content}
      </div>
    </aside>
  );
}
