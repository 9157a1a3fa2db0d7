import type { ReactNode } from 'react';
import type { Board } from '../../model/types';
import { ErrorBoundary } from './ErrorBoundary';
import { CrashNotice } from './CrashNotice';
import { CrashProbe } from './CrashProbe';

interface Props {
  readonly board: () => Board;
  /** Holds a local board's writes while the view has crashed (a shared board has none to hold). */
  readonly onCrash?: (crashed: boolean) => void;
  readonly children: ReactNode;
}

/** The outermost boundary: whatever crashes, the page says so and still hands over the board. */
export function AppBoundary({ board, onCrash, children }: Props) {
  return (
    <ErrorBoundary onCrash={onCrash} fallback={(error, retry) => <main className="crashed"><h1>P/A Map</h1><CrashNotice what="P/A Map" error={error} board={board} onRetry={retry} /></main>}>
      <CrashProbe where="app" />
      {children}
    </ErrorBoundary>
  );
}
