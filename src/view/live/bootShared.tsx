import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Board } from '../../model/types';
import { createActions, createAppStore } from '../../store/actions';
import { asDuplicate } from '../../io/importedBoard';
import { boardWrite } from '../../persistence/storedRecords';
import { BoardRepository } from '../../persistence/boardRepository';
import { sharedBoards } from '../../persistence/sharedBoards';
import { carryNotice, takeCarriedNotice } from '../../persistence/carriedNotice';
import { App } from '../App';
import { AppBoundary } from '../crash/AppBoundary';
import { LiveContext, type LiveControls } from './LiveContext';
import { displayName } from './displayName';
import { RoomScreen } from './RoomScreen';
import { firstZones } from '../zones/useGaps';
import { apiPath, deniedReasons, roomUrl, secretPattern, type Role, type RoomLink, type RoomLinks } from '../../collab/protocol';
import { actorOf } from '../../model/rights';
import { createSharedDocument } from '../../collab/sharedDocument';
import { readBoard, reloadMessage, notYetShared } from '../../collab/readBoard';
import { openRoom, type Connection, type OpenRoom } from '../../collab/live/openRoom';
import { startLive } from '../../collab/live/startLive';
import { personId, startWorkshop } from '../../collab/live/workshopClient';
import { startCrossings } from '../../collab/live/startCrossings';
import type { WorkshopMessage } from '../../collab/workshopProtocol';
import { describeDropped, droppedNote, writtenItems } from '../../collab/live/droppedNote';

/**
 * A shared board's page: the room opens from this device's copy at once (or from the server
 * on a first visit), then the app runs on the shared document, with the live session beside
 * it. Until the board is there, or when the room is gone or the link refused, a plain screen
 * says so.
 */
export async function bootShared(link: RoomLink, element: HTMLElement): Promise<void> {
  const root = createRoot(element);
  const screen = (message: string, detail?: string, busy = false) =>
    root.render(<RoomScreen message={message} detail={detail} busy={busy} />);
  screen('Opening the shared board…', undefined, true);

  const carried = takeCarriedNotice();
  // Declared before the room opens: the provider reports its status from its first call on.
  let statusListener: ((connection: Connection, stored: boolean | 'failing') => void) | null = null;
  /** Set once the workshop starts: what the server says about rounds and its clock. */
  let workshopListener: ((message: WorkshopMessage) => void) | null = null;
  const entry = sharedBoards.find(link.room);
  let knownViewToken = link.role === 'view' ? link.token : entry?.viewToken;
  let knownEditToken = link.role === 'edit' ? link.token : entry?.token === link.token ? entry?.editToken : undefined;
  /** The role the server gives this connection: the link's, until the server says otherwise. */
  let role: Role = link.role;
  /** Set once the store is up: a change of role reaches the document and the screen. */
  let roleListener: ((role: Role, reason?: string) => void) | null = null;
  /** Set while this device replaces the edit link itself (the server then demotes the old link's connections: not ours for long). */
  let replacing = false;
  let room: OpenRoom;
  let started: ((kind: 'deleted' | 'denied', reason: string) => void) | null = null;
  const ended = new Promise<{ kind: 'deleted' | 'denied'; reason: string }>((resolve) => {
    room = openRoom(link, {
      onStatus: (connection, stored) => statusListener?.(connection, stored),
      onWelcome: (given, tokens) => {
        knownViewToken = tokens.viewToken ?? knownViewToken;
        knownEditToken = tokens.editToken ?? knownEditToken;
        sharedBoards.update(link.room, { ...(tokens.viewToken && { viewToken: tokens.viewToken }), ...(tokens.editToken && { editToken: tokens.editToken }) });
        role = given;
        roleListener?.(given);
      },
      onRole: (given, reason) => {
        if (replacing) return;
        role = given;
        if (given === 'view' && knownViewToken) {
          // The old edit link opens nothing now: this device watches with the view link from here on.
          const viewLink: RoomLink = { room: link.room, role: 'view', token: knownViewToken };
          room.useToken(viewLink.token);
          sharedBoards.relink(viewLink);
          history.replaceState(history.state, '', roomUrl(location.origin, viewLink));
        }
        roleListener?.(given, reason);
      },
      onRefused: (reasons) => void refused(reasons),
      onWorkshop: (message) => workshopListener?.(message),
      onEnded: (kind, reason) => {
        if (started) started(kind, reason);
        else resolve({ kind, reason });
      },
    });
  });

  /** Set once a refusal drops this copy: the page reloads, and this one must not go on opening (nor take the note meant for the next). */
  let reloading = false;
  /** The server refused an update of this device: drop this copy, read the board again from the server, say what was dropped. */
  const refused = async (reasons: readonly string[]) => {
    reloading = true;
    const written = writtenItems(room.ydoc);
    droppedNote.write(link.room, reasons, written);
    await room.dropLocalCopy();
    location.reload();
  };

  const first = await Promise.race([firstBoard(room!), ended]);
  if (reloading) return;
  if ('unreadable' in first) {
    room!.destroy();
    screen(first.newer ? reloadMessage : 'This shared board cannot be read by this app.', first.newer ? undefined : first.unreadable.join('; '));
    return;
  }
  if (!('id' in first)) {
    const deleted = first.kind === 'deleted' || first.reason === deniedReasons.deleted;
    // A deleted room is gone for good: its entry and this device's copy go too.
    if (deleted) {
      sharedBoards.forget(link.room);
      void room!.dropLocalCopy();
    }
    screen(deleted ? 'This shared board was deleted.' : 'This shared board cannot be opened.', first.reason);
    return;
  }

  const repo = new BoardRepository();
  const store = createAppStore(first);
  const shared = createSharedDocument(room!.ydoc, { origin: { person: room!.ydoc.clientID }, actor: actorOf(role) });
  shared.subscribe((board) => store.setState((s) => ({ ...s, doc: { ...s.doc, board } })));
  const actions = createActions(store, undefined, shared);
  const name = displayName.get();
  const colour = displayName.colour();
  const live = startLive({ store, actions, room: room!, shared, link: { ...link, role }, user: name ? { name, colour } : null });
  const crossings = startCrossings({ store, shared, awareness: room!.awareness, announce: live.announceEdits });
  roleListener = (given, reason) => {
    shared.setActor(actorOf(given));
    store.setState((s) => (s.live ? { ...s, live: { ...s.live, role: given, canUndo: shared.canUndo, canRedo: shared.canRedo } } : s));
    if (given !== 'facilitator') live.stopLeading();
    if (given === 'view') crossings.viewOnly();
    if (reason) actions.notify(reason, 'error');
  };
  if (role !== link.role) roleListener(role);
  const workshop = startWorkshop({ store, send: (request) => room.send(request), person: personId(), name, viewer: () => (store.getState().live?.role ?? role) === 'view', onRefused: (reason) => actions.notify(reason, 'error') });
  workshopListener = workshop.receive;
  let wasLive = false;
  statusListener = (connection, stored) => {
    store.setState((s) => (s.live ? { ...s, live: { ...s.live, connection, stored } } : s));
    // Each time the room is reached (again): who I am in its rounds, and its clock.
    if (connection === 'live' && !wasLive) {
      workshop.connected();
      crossings.connected();
    }
    if (connection === 'live' && stored) crossings.stored();
    wasLive = connection === 'live';
  };
  // What happened while the board was opening.
  const now = room!.status();
  statusListener(now.connection, now.stored);
  started = (kind, reason) => {
    const deleted = kind === 'deleted' || reason === deniedReasons.deleted;
    store.setState((s) => (s.live ? { ...s, live: { ...s.live, ended: { kind: deleted ? 'deleted' : kind, message: reason } } } : s));
    // A deleted room is gone for good: its entry and this device's copy go too. Any other
    // refusal (a wrong link, a server that lost its data) keeps the copy on this device.
    if (deleted) {
      sharedBoards.forget(link.room);
      void room.dropLocalCopy();
    } else room.destroy();
  };
  const { roomLibrary } = await import('../../persistence/roomLibrary');
  if (reloading) return;
  const library = roomLibrary({
    repo,
    current: () => store.getState().doc.board,
    notify: actions.notify,
    addItems: (items) => actions.dispatch({ type: 'addItems', items }),
  });

  sharedBoards.remember({ room: link.room, role: link.role, token: link.token, viewToken: knownViewToken, editToken: knownEditToken, title: first.title, openedAt: new Date().toISOString() });
  store.subscribe((state, previous) => {
    if (state.doc.board.title !== previous.doc.board.title) sharedBoards.update(link.room, { title: state.doc.board.title });
  });

  const dropped = droppedNote.take(link.room);
  if (dropped) actions.notify(describeDropped(dropped, first), 'error');
  else if (carried) actions.notify(carried.text, carried.tone);
  // What the reader leaves out (what an older or hostile peer wrote, items over the limit that
  // two imports together brought) is said when it first appears, and whenever more is.
  let toldLeftOut = 0;
  const tellLeftOut = () => {
    const leftOut = shared.leftOut;
    if (leftOut.length > toldLeftOut) {
      actions.notify(`Left out of this board as this app reads it: ${leftOut.length} ${leftOut.length === 1 ? 'entry' : 'entries'} (${leftOut.at(-1)!.errors[0]}).`, 'error');
    }
    toldLeftOut = leftOut.length;
  };
  tellLeftOut();
  shared.subscribe(tellLeftOut);

  const leaveTo = async (message: string) => {
    carryNotice(message);
    await room.dropLocalCopy().catch(() => undefined);
    location.assign('/');
  };
  let currentName = name;
  const controls: LiveControls = {
    links(origin) {
      const url = (linkRole: Role, token: string | undefined) => (token ? roomUrl(origin, { room: link.room, role: linkRole, token }) : null);
      const current = store.getState().live?.role ?? role;
      return {
        // Shown to facilitators only; a room shared before facilitators existed has none until its edit link is replaced.
        facilitator: current === 'facilitator' && link.role === 'facilitator' ? url('facilitator', link.token) : null,
        edit: current === 'view' ? null : url('edit', knownEditToken),
        view: url('view', knownViewToken),
      };
    },
    async replaceEditLink() {
      replacing = true;
      try {
        const response = await fetch(`${apiPath}/rooms/${link.room}/links`, { method: 'POST', headers: { authorization: `Bearer ${link.token}` } });
        if (response.status !== 200) throw new Error(await errorText(response));
        const links = (await response.json()) as Partial<RoomLinks>;
        if (![links.facilitatorToken, links.editToken, links.viewToken].every((token) => typeof token === 'string' && secretPattern.test(token))) throw new Error('the server’s answer is not a set of links');
        knownEditToken = links.editToken;
        knownViewToken = links.viewToken;
        sharedBoards.update(link.room, { editToken: links.editToken, viewToken: links.viewToken });
        if (link.role !== 'facilitator') {
          // A room shared before facilitators existed: this device came with the old edit link and now holds the facilitator link.
          const facilitatorLink: RoomLink = { room: link.room, role: 'facilitator', token: links.facilitatorToken! };
          sharedBoards.relink(facilitatorLink, { editToken: links.editToken });
          carryNotice('Replaced the edit link: the old one now opens the board view-only. This device now holds the facilitator link.');
          location.replace(roomUrl(location.origin, facilitatorLink));
          return true;
        }
        actions.notify('Replaced the edit link: everyone who came with the old one can now only watch. Share the new edit link with the people who should edit.');
        return true;
      } catch (error) {
        actions.notify(`The edit link was not replaced: ${error instanceof Error ? error.message : String(error)}.`, 'error');
        return false;
      } finally {
        if (link.role === 'facilitator') replacing = false;
      }
    },
    bringEveryoneHere: live.bringEveryoneHere,
    stopLeading: live.stopLeading,
    followAgain: live.followAgain,
    async deleteForEveryone() {
      try {
        const response = await fetch(`${apiPath}/rooms/${link.room}`, { method: 'DELETE', headers: { authorization: `Bearer ${link.token}` } });
        if (response.status !== 204 && response.status !== 410) throw new Error(await errorText(response));
        sharedBoards.forget(link.room);
        await leaveTo(`Deleted “${store.getState().doc.board.title}” for everyone.`);
        return true;
      } catch (error) {
        actions.notify(`The board was not deleted: ${error instanceof Error ? error.message : String(error)}.`, 'error');
        return false;
      }
    },
    async leave() {
      sharedBoards.forget(link.room);
      await leaveTo(`Left “${store.getState().doc.board.title}”: it is no longer listed here. Its link still opens it.`);
    },
    async keepCopy() {
      const copy = asDuplicate(store.getState().doc.board, new Date().toISOString());
      try {
        await repo.save(copy.id, boardWrite(copy, null), 0);
        await repo.rememberLastBoard(copy.id);
        await leaveTo(`Kept a copy as “${copy.title}”, a board of this browser only.`);
      } catch (error) {
        actions.notify(`The copy was not kept: ${error instanceof Error ? error.message : String(error)}. Export it as JSON instead.`, 'error');
      }
    },
    get name() {
      return currentName;
    },
    setName(next) {
      currentName = next.trim();
      displayName.set(currentName);
      live.setName(currentName, colour);
      workshop.setName(currentName);
      rerender();
    },
    workshop: {
      send: workshop.send,
      place: workshop.place,
      setDone: workshop.setDone,
      vote: workshop.vote,
    },
  };

  await firstZones(first);
  const rerender = () => render(root);
  const render = (target: Root) =>
    target.render(
      <StrictMode>
        <AppBoundary board={() => store.getState().doc.board}>
          <LiveContext.Provider value={{ ...controls }}>
            <App store={store} actions={actions} library={library} />
          </LiveContext.Provider>
        </AppBoundary>
      </StrictMode>,
    );
  rerender();
}

/**
 * Resolves with the room's board once this device's copy or the server has it; or with why it
 * cannot be read (a newer app wrote it, or a board-wide field the rule book refuses) once the
 * server's copy is in and still cannot be read.
 */
function firstBoard(room: OpenRoom): Promise<Board | { unreadable: readonly string[]; newer: boolean }> {
  return new Promise((resolve) => {
    const check = () => {
      const read = readBoard(room.ydoc);
      const fromServer = room.status().connection === 'live';
      if (!read.ok && !(fromServer && read.errors[0] !== notYetShared)) return;
      room.ydoc.off('update', check);
      clearInterval(poll);
      resolve(read.ok ? read.board : { unreadable: read.errors, newer: read.newer });
    };
    room.ydoc.on('update', check);
    // The server's copy may be in with no update to follow (nothing new): look again now and then.
    const poll = setInterval(check, 500);
    void room.local.then(check);
  });
}

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: the status says enough.
  }
  return `the server answered ${response.status}`;
}
