import type { Document } from '@hocuspocus/server';
import type { RoomStore } from '../store/RoomStore';
import { accessOf } from '../roomAccess';
import { messageText } from './serverMessage';

/** Letters and digits of a join code: none that read alike (0/O, 1/I). */
const codeLetters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A join page shown: its short code, and the edit link (room and token) it stands for. */
export interface JoinPage {
  readonly code: string;
  readonly room: string;
  readonly token: string;
}

/**
 * The join pages the facilitators show: the room's edit link, checked against the room's edit
 * hash, given a short code (`/j/{code}`) while it shows, told to every screen of the room.
 */
export class JoinPages {
  private readonly byCode = new Map<string, JoinPage>();
  private readonly byRoom = new Map<string, JoinPage>();

  constructor(private readonly store: RoomStore) {}

  /** The page `document`'s room shows now, if any. */
  of(document: Document): JoinPage | null {
    return this.byRoom.get(document.name) ?? null;
  }

  /** The edit link a code opens, while its page shows. */
  link(code: string): { room: string; token: string } | null {
    const page = this.byCode.get(code);
    return page ? { room: page.room, token: page.token } : null;
  }

  /** Shows the join page for `editToken` (told to everyone), or refuses with a reason when it is not the room's edit link. */
  async show(document: Document, editToken: string): Promise<string | null> {
    this.drop(document.name);
    const record = await this.store.room(document.name).catch(() => null);
    if (!record || record.deleted || accessOf(record, editToken)?.role !== 'edit') return 'That is not this board’s edit link.';
    let code = '';
    do code = Array.from({ length: 6 }, () => codeLetters[Math.floor(Math.random() * codeLetters.length)]).join('');
    while (this.byCode.has(code));
    const page: JoinPage = { code, room: document.name, token: editToken };
    this.byCode.set(code, page);
    this.byRoom.set(document.name, page);
    document.broadcastStateless(messageText({ type: 'joinCode', join: page }));
    return null;
  }

  /** Takes the room's join page down (told to everyone); nothing when none shows. */
  hide(document: Document): void {
    const shown = this.byRoom.has(document.name);
    this.drop(document.name);
    if (shown) document.broadcastStateless(messageText({ type: 'joinCode', join: null }));
  }

  /** Forgets the room's page without telling anyone (the room unloads). */
  drop(room: string): void {
    const page = this.byRoom.get(room);
    if (page) this.byCode.delete(page.code);
    this.byRoom.delete(room);
  }
}
