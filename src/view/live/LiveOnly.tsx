import { Suspense, type ReactNode } from 'react';
import { useApp } from '../../store/useStore';

/** Its children only on a shared board, loaded then (they are lazy: a board of this browser never loads them). */
export function LiveOnly({ children }: { children: ReactNode }) {
  const shared = useApp((s) => s.live !== undefined);
  return shared ? <Suspense fallback={null}>{children}</Suspense> : null;
}
