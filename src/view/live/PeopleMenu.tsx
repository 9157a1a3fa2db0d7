import { useState, type FormEvent } from 'react';
import { useActions, useApp } from '../../store/useStore';
import { Popover } from '../Popover';
import { useLive } from './LiveContext';
import { nameLimit, peopleHere, type Person } from '../../store/liveState';

const nobody: readonly Person[] = [];

/** Who is here (names, colours, who leads), my name, and "Bring everyone here". */
export function PeopleMenu() {
  const live = useLive();
  const people = useApp((s) => s.live?.people ?? nobody);
  const leader = useApp((s) => s.live?.leader ?? null);
  const facilitator = useApp((s) => s.live?.role === 'facilitator');
  const boardLocked = useApp((s) => s.doc.board.locked);
  const actions = useActions();
  const meId = people.find((person) => person.me)?.clientId;
  const [name, setName] = useState(live?.name ?? '');
  if (!live) return null;
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) live.setName(name.trim().slice(0, nameLimit));
  };
  const count = peopleHere(people);
  return (
    <div className="toolbar-group people">
      <Popover label={`${count} ${count === 1 ? 'person' : 'people'}`} className="people-menu">
        {(close) => (
          <>
            <h2 className="popover-heading">Here now</h2>
            <ul className="people-list" aria-label="People here">
              {people.map((person) => (
                <li key={person.clientId}>
                  <span className="person-dot" style={{ background: person.colour }} aria-hidden="true" />
                  {person.name}
                  {person.me && ' (you)'}
                  {leader?.clientId === person.clientId && ' · leading'}
                </li>
              ))}
            </ul>
            <form className="popover-actions" onSubmit={rename}>
              <label>
                My name <input type="text" value={name} maxLength={nameLimit} onChange={(event) => setName(event.target.value)} />
              </label>
              <button type="submit">Rename me</button>
            </form>
            {facilitator && (
              <div className="popover-actions">
                <h2 className="popover-heading">Facilitator</h2>
                {leader?.clientId === meId ? (
                  <button type="button" onClick={() => { close(); live.stopLeading(); }}>Stop leading</button>
                ) : (
                  <button type="button" onClick={() => { close(); live.bringEveryoneHere(); }}>Bring everyone here</button>
                )}
                <button type="button" aria-pressed={boardLocked} onClick={() => { close(); actions.setBoardLocked(!boardLocked); }}>
                  {boardLocked ? 'Unlock the board' : 'Lock the board'}
                </button>
              </div>
            )}
          </>
        )}
      </Popover>
      {facilitator && leader?.clientId !== meId && (
        <button type="button" onClick={live.bringEveryoneHere} title="Every screen in the room follows yours: presentation, reveal step, selected zone and open tab">
          Bring everyone here
        </button>
      )}
    </div>
  );
}
