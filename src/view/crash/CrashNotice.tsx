import type { Board } from '../../model/types';
import { boardFileText } from '../../schema/parseDocument';
import { download } from '../io/download';
import { fileNameFor } from '../../io/importedBoard';
import './crash.css';

interface Props {
  /** "P/A Map" or "The map": what stopped. */
  readonly what: string;
  readonly error: Error;
  /** The board as it is in memory now (the store's), for the download. */
  readonly board: () => Board;
  readonly onRetry: () => void;
}

/** What a crash looks like: what happened, that storage is untouched, the board as a file, and a retry. */
export function CrashNotice({ what, error, board, onRetry }: Props) {
  const save = () => {
    const current = board();
    download(boardFileText(current), fileNameFor(current.title, 'json'), 'application/json');
  };
  return (
    <div className="crash-notice" role="alert">
      <h2>{what} stopped working</h2>
      <p>
        Something went wrong while drawing it: <code>{error.message || error.name}</code>.
      </p>
      <p>
        Saving is paused, so the board stored in this browser stays as it was last saved. Download the board as it is now to keep
        every change, then try again or reload the page.
      </p>
      <div className="crash-actions">
        <button type="button" onClick={save}>Download the board (JSON)</button>
        <button type="button" onClick={onRetry}>Try again</button>
      </div>
    </div>
  );
}
