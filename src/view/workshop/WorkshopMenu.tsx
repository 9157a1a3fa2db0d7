import { useState } from 'react';
import { useApp } from '../../store/useStore';
import { Popover } from '../Popover';
import { useLive } from '../live/LiveContext';
import { openRoundOf, roomTimerOf } from '../../model/rounds';
import { timerMinutes } from '../../collab/workshopProtocol';
import { readRoomLink } from '../../collab/protocol';
import { StartRoundDialog } from './StartRoundDialog';
import { readTimeLimit } from './timeLimit';
import { OpenVoteDialog } from './OpenVoteDialog';
import { openVoteOf } from '../../model/votes';

/** The facilitator's workshop tools: a placement round, and the room's one timer. */
export function WorkshopMenu() {
  const live = useLive();
  const facilitator = useApp((s) => s.live?.role === 'facilitator');
  const open = useApp((s) => openRoundOf(s.doc.board));
  const timer = useApp((s) => roomTimerOf(s.doc.board));
  const [starting, setStarting] = useState(false);
  const [voting, setVoting] = useState(false);
  const vote = useApp((s) => openVoteOf(s.doc.board));
  const joinShown = useApp((s) => s.live?.workshop.join != null);
  const [minutes, setMinutes] = useState('5');
  if (!live || !facilitator) return null;
  const send = live.workshop.send;
  const editLink = live.links(location.origin).edit;
  const editToken = editLink ? readRoomLink(editLink)?.token : undefined;
  const typed = readTimeLimit(minutes);
  const m = typed.minutes ?? 0;
  const validMinutes = typed.minutes !== null && !typed.bad;
  const running = timer?.running ?? false;
  const set = timer !== null && (timer.running || timer.remaining > 0);
  return (
    <div className="toolbar-group workshop">
      <Popover label="Workshop" className="workshop-menu">
        {(close) => (
          <>
            <h2 className="popover-heading">Placement round</h2>
            <div className="popover-actions">
              {open ? (
                <p>Round {open.number} is open: reveal or cancel it from the bar above the map.</p>
              ) : (
                <button type="button" onClick={() => { close(); setStarting(true); }}>Start a placement round…</button>
              )}
            </div>
            <h2 className="popover-heading">Dot vote</h2>
            <div className="popover-actions">
              {vote ? <p>Vote {vote.number} is open: close it from the bar above the map.</p> : <button type="button" onClick={() => { close(); setVoting(true); }}>Open a dot vote…</button>}
            </div>
            <h2 className="popover-heading">Projector</h2>
            <div className="popover-actions">
              {joinShown ? (
                <button type="button" onClick={() => { close(); send({ type: 'joinCode', show: false }); }}>Hide join code</button>
              ) : (
                <button type="button" disabled={!editToken} onClick={() => { close(); if (editToken) send({ type: 'joinCode', show: true, editToken }); }}>
                  Show join code
                </button>
              )}
            </div>
            <h2 className="popover-heading">Timer</h2>
            <form className="popover-actions" onSubmit={(event) => { event.preventDefault(); if (validMinutes) send({ type: 'timer', action: 'start', minutes: m }); }}>
              <label>
                Minutes <input type="number" min={timerMinutes.min} max={timerMinutes.max} value={minutes} aria-invalid={!validMinutes || undefined} onChange={(event) => setMinutes(event.target.value)} />
              </label>
              <button type="submit" disabled={!validMinutes}>Start timer</button>
              {set && <button type="button" onClick={() => send({ type: 'timer', action: 'add' })}>+1 min</button>}
              {set && (running ? <button type="button" onClick={() => send({ type: 'timer', action: 'pause' })}>Pause</button> : <button type="button" onClick={() => send({ type: 'timer', action: 'resume' })}>Resume</button>)}
              {set && <button type="button" onClick={() => send({ type: 'timer', action: 'stop' })}>Stop timer</button>}
            </form>
          </>
        )}
      </Popover>
      {starting && <StartRoundDialog onClose={() => setStarting(false)} />}
      {voting && <OpenVoteDialog onClose={() => setVoting(false)} />}
    </div>
  );
}
