import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { useActions, useApp, useStoreInstance } from '../../store/useStore';
import { useLibrary } from '../LibraryContext';
import { useLive } from './LiveContext';
import { copyText } from './copyText';
import { shareDialogFlag } from './shareDialogFlag';
import { sharedBoards } from '../../persistence/sharedBoards';
import { roomUrl } from '../../collab/protocol';

type Availability = { state: 'checking' } | { state: 'unavailable' } | { state: 'ready'; origins: readonly string[] };

const loopback = (hostname: string) => hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';

/** The Share dialog: share this board, or the links to a shared one. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const live = useLive();
  const [availability, setAvailability] = useState<Availability>({ state: 'checking' });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    let current = true;
    void import('../../collab/live/sharingAvailable').then(({ sharingAvailable }) => sharingAvailable()).then((answer) => {
      if (current) setAvailability(answer.ok ? { state: 'ready', origins: answer.origins } : { state: 'unavailable' });
    }, () => current && setAvailability({ state: 'unavailable' }));
    return () => {
      current = false;
      dialog?.close();
    };
  }, []);
  return (
    <dialog ref={ref} className="confirm-dialog share-dialog" aria-labelledby={titleId} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <h2 id={titleId}>{live ? 'Share this board' : 'Share board'}</h2>
      {availability.state === 'checking' && <p role="status">Checking for the P/A Map server…</p>}
      {availability.state === 'unavailable' && (
        <p role="alert">
          Sharing is unavailable here: this copy of P/A Map is served as plain files, without the P/A Map server that keeps shared boards.
          Start the app with <code>npm start</code> (it serves the app and shared boards on one address) and open it from there.
        </p>
      )}
      {availability.state === 'ready' && (live ? <RoomLinks origins={availability.origins} /> : <StartSharing onClose={onClose} />)}
      <div className="confirm-actions">
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}

/** A local board: what sharing does, and the button that does it. */
function StartSharing({ onClose }: { onClose: () => void }) {
  const store = useStoreInstance();
  const actions = useActions();
  const library = useLibrary();
  const title = useApp((s) => s.doc.board.title);
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    try {
      const { createRoom } = await import('../../collab/live/createRoom');
      const board = store.getState().doc.board;
      const created = await createRoom(board);
      // The device that shares the board runs its room: it holds the facilitator link.
      sharedBoards.remember({ room: created.room, role: 'facilitator', token: created.facilitatorToken, editToken: created.editToken, viewToken: created.viewToken, title: board.title, openedAt: new Date().toISOString() });
      await library.moveToRoom();
      const url = roomUrl(location.origin, { room: created.room, role: 'facilitator', token: created.facilitatorToken });
      shareDialogFlag.set(url);
      location.assign(url);
    } catch (error) {
      setBusy(false);
      onClose();
      actions.notify(`The board was not shared: ${error instanceof Error ? error.message : String(error)}. It stays here as it was.`, 'error');
    }
  };
  return (
    <>
      <div className="confirm-body">
        <p>
          “{title}” moves to the P/A Map server at {location.host}: everyone with its edit link can change it with you, live, and its view-only link shows it on a projector or to an audience.
          You become its facilitator: only you can lock it, lead the room’s screens, replace the edit link or delete it for everyone.
          It is listed under Boards as shared; a copy stays on this device, so it opens at once and keeps your changes when the network drops.
        </p>
      </div>
      <div className="confirm-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void share()}>
          {busy ? 'Sharing…' : 'Share board'}
        </button>
      </div>
    </>
  );
}

/** A shared board: its facilitator (facilitators only), edit and view-only links, each with a QR code and a copy button. */
function RoomLinks({ origins }: { origins: readonly string[] }) {
  const live = useLive()!;
  const role = useApp((s) => s.live?.role);
  const [confirming, setConfirming] = useState(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const here = location.origin;
  const onLoopback = loopback(location.hostname);
  const choices = onLoopback && origins.length > 0 ? origins : [here];
  const [origin, setOrigin] = useState(choices[0]!);
  const links = live.links(origin);
  const replace = async () => {
    setConfirming(false);
    if (await live.replaceEditLink()) rerender();
  };
  return (
    <div className="confirm-body">
      {choices.length > 1 && (
        <label className="share-origin">
          Address for the links{' '}
          <select value={origin} onChange={(event) => setOrigin(event.target.value)}>
            {choices.map((choice) => <option key={choice} value={choice}>{choice}</option>)}
          </select>
        </label>
      )}
      {origin !== here && (
        <p className="share-note">
          The links use this computer’s address on the local network, {origin}, so phones and laptops on the same Wi-Fi can open them.
          Boards are listed per address: this browser lists this board under Boards at {here}, not at {origin}.
        </p>
      )}
      {onLoopback && origins.length === 0 && (
        <p className="share-note">This computer has no address on a local network: these links open on this computer only.</p>
      )}
      <div className="share-links">
        {links.facilitator && <LinkCard title="Facilitator link" hint="Yours alone: it locks, leads, replaces links and deletes. Keep it for your other devices; never put it on the wall." url={links.facilitator} />}
        {links.edit && <LinkCard title="Edit link" hint="For participants: anyone with it can change the board (not lock, lead or delete it)." url={links.edit} />}
        {links.view && <LinkCard title="View-only link" hint="For the projector or an audience: it follows the room and cannot change the board." url={links.view} />}
      </div>
      {role === 'facilitator' && (
        <div className="share-replace">
          {confirming ? (
            <p role="alert">
              Replace the edit link? Everyone who came with the current one can then only watch until you give them the new one.{' '}
              <button type="button" className="danger" onClick={() => void replace()}>Replace edit link</button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>Keep it</button>
            </p>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} title="The current edit link stops letting anyone edit: for a link that went too far">
              Replace edit link…
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function LinkCard({ title, hint, url }: { title: string; hint: string; url: string }) {
  /** The QR code as an image, or where drawing it stands. */
  const [qr, setQr] = useState<{ readonly image: string } | 'drawing' | 'failed'>('drawing');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const fieldId = useId();
  useEffect(() => {
    let current = true;
    setQr('drawing');
    void import('qrcode').then(({ toDataURL }) => toDataURL(url, { margin: 1, width: 480, errorCorrectionLevel: 'M' })).then(
      (image) => current && setQr({ image }),
      () => current && setQr('failed'),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <section className="link-card" aria-label={title}>
      <h3>{title}</h3>
      <p>{hint}</p>
      {typeof qr === 'object' ? (
        <img src={qr.image} width={480} height={480} alt={`QR code of the ${title.toLowerCase()}`} />
      ) : (
        <p className="qr-status" role="status">{qr === 'drawing' ? 'Drawing the QR code…' : 'The QR code could not be drawn here: copy the link below instead.'}</p>
      )}
      <label htmlFor={fieldId} className="visually-hidden">{title}</label>
      <input id={fieldId} type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => void copyText(url).then((ok) => setCopied(ok ? 'yes' : 'no'))}>
        Copy {title.toLowerCase()}
      </button>
      <span role="status" className="copy-status">{copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Copy is blocked here: select the link and copy it yourself.' : ''}</span>
    </section>
  );
}
