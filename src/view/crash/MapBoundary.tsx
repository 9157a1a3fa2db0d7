import type { ReactNode } from 'react';
import { useStoreInstance } from '../../store/useStore';
import { ErrorBoundary } from './ErrorBoundary';
import { CrashNotice } from './CrashNotice';
import { CrashProbe } from './CrashProbe';

/** The map's own boundary: a crash in drawing it leaves the toolbar and panel working. */
export function MapBoundary({ onCrash, children }: { readonly onCrash?: (crashed: boolean) => void; readonly children: ReactNode }) {
  const store = useStoreInstance();
  return (
    <ErrorBoundary onCrash={onCrash} fallback={(error, retry) => <CrashNotice what="The map" error={error} board={() => store.getState().doc.board} onRetry={retry} />}>
      <CrashProbe where="map" />
      {children}
    </ErrorBoundary>
  );
}
