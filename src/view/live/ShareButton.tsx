import { Suspense, lazy, useState } from 'react';
import { shareDialogFlag } from './shareDialogFlag';

// The dialog (and the QR codes it draws) loads when it is first opened.
const ShareDialog = lazy(() => import('./ShareDialog').then((module) => ({ default: module.ShareDialog })));

/** The toolbar's Share button and its dialog: share this board, or the links to a shared one. */
export function ShareButton() {
  const [open, setOpen] = useState(() => shareDialogFlag.take(location.href));
  return (
    <div className="toolbar-group">
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">Share</button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
