import { useEffect, useSyncExternalStore } from 'react';

export type EvidenceParts = typeof import('./evidenceParts');

let parts: EvidenceParts | null = null;
let loading: Promise<EvidenceParts> | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Loads the evidence parts once (again after a failed load); everyone waiting re-renders. */
function load(): void {
  loading ??= import('./evidenceParts').then(
    (module) => {
      parts = module;
      listeners.forEach((listener) => listener());
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  loading.catch(() => undefined);
}

/**
 * The evidence parts while `needed` (a board with evidence): null until they have loaded. A
 * board without evidence never loads them.
 */
export function useEvidenceParts(needed: boolean): EvidenceParts | null {
  const current = useSyncExternalStore(subscribe, () => parts);
  useEffect(() => {
    if (needed && !parts) load();
  }, [needed]);
  return needed ? current : null;
}
