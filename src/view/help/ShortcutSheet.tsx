import { ConfirmDialog } from '../ConfirmDialog';

/** Every key the app answers to, in groups, as a sheet ("?" or the toolbar's "?" button). */
const groups: readonly { readonly title: string; readonly keys: readonly (readonly [string, string])[] }[] = [
  {
    title: 'Anywhere',
    keys: [
      ['?', 'This sheet'],
      ['Ctrl+Z (⌘Z)', 'Undo'],
      ['Ctrl+Shift+Z, Ctrl+Y', 'Redo'],
      ['Ctrl+V (⌘V)', 'Paste rows from a spreadsheet, or one name per line'],
      ['P', 'Present: the map alone, large, for the room'],
    ],
  },
  {
    title: 'On the map',
    keys: [
      ['Tab', 'Go from item to item (then the zones)'],
      ['Shift+click, Ctrl+click (⌘click)', 'Add an item to the selection, or take it out'],
      ['Drag on the empty map', 'Select the items in a rectangle (Shift adds them)'],
      ['Ctrl+A (⌘A)', 'Select every item shown'],
      ['Arrow keys', 'Move the selection 1 % of an axis (Shift: 10 %)'],
      ['Space or Enter', 'Pick up the focused item (and the rest of the selection); again to put it down'],
      ['Arrow keys, picked up', 'Move what is held 1 % (Shift: 10 %)'],
      ['Escape', 'Put back what is held; else clear the selection'],
      ['Delete', 'Delete the selected items'],
    ],
  },
  {
    title: 'In fields',
    keys: [
      ['Enter', 'Keep what you typed (one undo step)'],
      ['Escape', 'Go back to what was there'],
    ],
  },
  {
    title: 'Presenting',
    keys: [
      ['→ or Page Down', 'Reveal the next layer'],
      ['← or Page Up', 'Hide it again'],
      ['Escape', 'Leave the presentation'],
    ],
  },
];

export function ShortcutSheet({ onClose, onWelcome }: { onClose: () => void; onWelcome: () => void }) {
  return (
    <ConfirmDialog title="Keyboard shortcuts" onCancel={onClose} actions={[{ label: 'Close', onClick: onClose }, { label: 'Show the welcome again', onClick: onWelcome }]}>
      <div className="shortcut-sheet">
        {groups.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.keys.map(([keys, what]) => (
                <div key={keys + what}>
                  <dt><kbd>{keys}</kbd></dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ConfirmDialog>
  );
}
