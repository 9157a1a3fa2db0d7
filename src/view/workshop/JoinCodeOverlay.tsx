import { useEffect, useState } from 'react';
import { roomUrl } from '../../collab/protocol';

/**
 * The join page on the projector: the participant (edit) link as a QR code readable from the
 * back of the room (60 % of the screen's height) and as a short address to type.
 */
export function JoinCodeOverlay({ join }: { join: { readonly code: string; readonly room: string; readonly token: string } }) {
  const url = roomUrl(location.origin, { room: join.room, role: 'edit', token: join.token });
  const short = `${location.host}/j/${join.code}`;
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(({ toDataURL }) => toDataURL(url, { margin: 1, width: 1200, errorCorrectionLevel: 'M' })).then(
      (data) => current && setImage(data),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <section className="join-overlay" aria-label="Join this board">
      <h2>Join this board</h2>
      {image ? <img className="join-qr" src={image} alt="QR code of the link to join this board" /> : <p role="status">Drawing the QR code…</p>}
      <p className="join-address">
        or open <strong>{short}</strong>
      </p>
    </section>
  );
}
