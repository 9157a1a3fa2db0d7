import * as Y from 'yjs';
import type { Board } from '../../model/types';
import { writeBoard } from '../boardYDoc';
import { apiPath, secretPattern, type CreatedRoom } from '../protocol';

/** Puts a board in a new room on the server: its Y.Doc as one update, stored as the room's first state. */
export async function createRoom(board: Board, origin = ''): Promise<CreatedRoom> {
  const ydoc = new Y.Doc();
  writeBoard(ydoc, board);
  const body = new Blob([Y.encodeStateAsUpdate(ydoc) as Uint8Array<ArrayBuffer>]);
  ydoc.destroy();
  const response = await fetch(`${origin}${apiPath}/rooms`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body });
  const answer = (await response.json().catch(() => null)) as Partial<CreatedRoom> & { error?: unknown } | null;
  if (response.status !== 201 || !answer) {
    throw new Error(typeof answer?.error === 'string' ? answer.error : `the server answered ${response.status}`);
  }
  const { room, facilitatorToken, editToken, viewToken } = answer;
  if (![room, facilitatorToken, editToken, viewToken].every((value) => typeof value === 'string' && secretPattern.test(value))) throw new Error('the server’s answer is not a room');
  return { room: room!, facilitatorToken: facilitatorToken!, editToken: editToken!, viewToken: viewToken! };
}
