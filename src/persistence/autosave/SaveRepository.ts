import type { BoardRepository } from '../boardRepository';

/** What the autosave needs of storage: `BoardRepository` in the app, a fake in its tests. */
export type SaveRepository = Pick<BoardRepository, 'save' | 'load' | 'rememberLastBoard' | 'savePendingNow' | 'discardPending'>;
