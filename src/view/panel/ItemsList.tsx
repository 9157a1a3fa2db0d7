import { lazy, Suspense, useMemo, useState, type KeyboardEvent } from 'react';
import { isConcept } from '../../model/concept';
import { useActions, useApp } from '../../store/useStore';
/** The notes' list: loaded once the board has a note. */
const NotesSection = lazy(() => import('../notes/NotesSection').then((module) => ({ default: module.NotesSection })));

/** Every item, searchable; a listbox whose selection is the map's selection (Shift, Ctrl or Cmd adds or takes out, as on the map). */
export function ItemsList() {
  const actions = useActions();
  const items = useApp((s) => s.doc.board.items);
  const selectedId = useApp((s) => s.session.selectedId);
  const selection = useApp((s) => s.session.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const [query, setQuery] = useState('');
  const hasNotes = useApp((s) => s.doc.board.notes.length > 0);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? items.filter((item) => item.label.toLowerCase().includes(q) || item.notes.toLowerCase().includes(q)) : items;
  }, [items, query]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (shown.length === 0) return;
    const index = shown.findIndex((item) => item.id === selectedId);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? shown.length - 1
      : event.key === 'ArrowDown' ? Math.min(shown.length - 1, index + 1) : Math.max(0, index - 1);
    actions.select(shown[next]!.id);
    document.getElementById(`option-${shown[next]!.id}`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="items-list">
      <input type="search" aria-label="Search items" placeholder="Search items and notes" value={query} onChange={(event) => setQuery(event.target.value)} />
      <ul
        role="listbox"
        aria-label="Items"
        aria-multiselectable="true"
        tabIndex={0}
        aria-activedescendant={selectedId && shown.some((item) => item.id === selectedId) ? `option-${selectedId}` : undefined}
        onKeyDown={onKeyDown}
      >
        {shown.map((item) => (
          <li
            key={item.id}
            id={`option-${item.id}`}
            role="option"
            aria-selected={selected.has(item.id)}
            onClick={(event) => (event.shiftKey || event.ctrlKey || event.metaKey ? actions.pressItem(item.id, true) : actions.select(item.id))}
          >
            <span className={`list-swatch list-${item.kind}`} style={{ background: item.colour }} aria-hidden="true" />
            <span className="list-label">{item.label}</span>
            <span className="list-kind">{item.position ? (isConcept(item) ? 'concept' : item.kind === 'product' ? 'product' : 'persona') : 'to place'}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="list-empty">{items.length ? 'No item matches.' : 'No items yet: type a name in Quick add.'}</p>}
      {hasNotes && (
        <Suspense fallback={null}>
          <NotesSection query={query} />
        </Suspense>
      )}
    </div>
  );
}
