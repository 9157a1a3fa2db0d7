/** What tabs tell each other about a board. */
export type BoardMessage =
  | {
      readonly type: 'saved';
      readonly boardId: string;
      readonly revision: number;
      /** The revision the save was based on, and what it changed from it (by id): a tab at `base` applies them. */
      readonly base?: number;
      /** The schema the changes are in: a tab of another version reads storage instead. */
      readonly version?: number;
      readonly changes?: unknown;
      readonly updatedAt?: string;
      /** The whole board (a first save, or from an older version): any tab behind takes it. Without it, such a tab reads storage. */
      readonly document?: unknown;
      /** Told to the other tabs with this save. */
      readonly note?: string;
    }
  | { readonly type: 'deleted'; readonly boardId: string };

/** The broadcast between tabs: a BroadcastChannel in the app, a fake in tests, nothing where there is none. */
export interface BoardChannel {
  post(message: BoardMessage): void;
  listen(listener: (message: BoardMessage) => void): void;
  close(): void;
}

const silent: BoardChannel = { post: () => undefined, listen: () => undefined, close: () => undefined };

/** The app's channel, named as it always was, so tabs of older versions still hear each other. */
export function openBoardChannel(name = 'pa-map'): BoardChannel {
  if (typeof BroadcastChannel === 'undefined') return silent;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => channel.addEventListener('message', (event: MessageEvent<BoardMessage>) => listener(event.data)),
    close: () => channel.close(),
  };
}
