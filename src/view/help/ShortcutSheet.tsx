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
      ['Space or Enter', 'Pick up the focused item; again to put it down'],
      ['Arrow keys', 'Move the held item 1 % of an axis'],
      ['Shift+arrow keys', 'Move it 10 %'],
      ['Escape', 'Put it back where it was'],
      ['Delete', 'Delete the selected item'],
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
