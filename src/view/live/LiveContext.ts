import { createContext, useContext } from 'react';
import type { WorkshopRequest } from '../../collab/workshopProtocol';
import type { MapPoint } from '../../model/types';

/** What a shared board's screen can ask of its live session (absent on a board of this browser only). */
export interface LiveControls {
  /** This board's links at `origin`: the facilitator link for a facilitator only, the edit link for someone who has it. */
  links(origin: string): { readonly facilitator: string | null; readonly edit: string | null; readonly view: string | null };
  /** The facilitator's "Replace edit link": connections that came with the old one become view-only. False with a message when it failed. */
  replaceEditLink(): Promise<boolean>;
  /** "Bring everyone here": every screen follows mine (presentation, reveal step, zone, tab). */
  bringEveryoneHere(): void;
  stopLeading(): void;
  followAgain(): void;
  /** Deletes the board for everyone (after the user confirmed); false with a message when it failed. */
  deleteForEveryone(): Promise<boolean>;
  /** Removes the board from this browser (its list and its copy); the room stays for the others. */
  leave(): Promise<void>;
  /** After the room was deleted or refused: keeps the board as it is here as a board of this browser. */
  keepCopy(): Promise<void>;
  readonly name: string | null;
  setName(name: string): void;
  /** The room's workshop: ask the server (rounds, the timer), place in the open round, say I am done. */
  readonly workshop: {
    send(request: WorkshopRequest): void;
    place(roundId: string, itemId: string, at: MapPoint | null): void;
    setDone(roundId: string, done: boolean): void;
    vote(voteId: string, dots: Readonly<Record<string, number>>): void;
  };
}

export const LiveContext = createContext<LiveControls | null>(null);

export function useLive(): LiveControls | null {
  return useContext(LiveContext);
}
