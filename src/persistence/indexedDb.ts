/**
 * The few IndexedDB calls the repository needs, as promises. The database is the one the app
 * has always used (one object store, opened without a version), so saved boards stay where
 * they are.
 */
export function openDatabase(name: string, storeName: string, patienceMs = openPatienceMs): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // A browser that never answers (storage blocked or stuck) must not keep the app from opening.
    const timer = setTimeout(() => reject(new DOMException(`the browser’s storage did not answer within ${patienceMs / 1000} s`, 'TimeoutError')), patienceMs);
    const settle = <T>(done: (value: T) => void) => (value: T) => {
      clearTimeout(timer);
      done(value);
    };
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => settle(resolve)(request.result);
    request.onerror = () => settle(reject)(request.error);
    request.onblocked = () => settle(reject)(new DOMException('another tab holds an older version of the database open', 'InvalidStateError'));
  });
}

/** How long opening the database may take before the app opens without it. */
export const openPatienceMs = 4000;

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when the transaction has committed; rejects with why it did not. */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new DOMException('the transaction failed', 'UnknownError'));
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
  });
}

/** Why storage refused, in words a user can act on (never "storage failed ()"). */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  switch (name) {
    case 'QuotaExceededError':
      return 'the browser’s storage for this site is full; free space by deleting boards you no longer need, or export this one';
    case 'DataCloneError':
      return `the board holds something that cannot be stored${detail}`;
    case 'InvalidStateError':
    case 'SecurityError':
    case 'UnknownError':
      return `the browser refused access to its storage (site data blocked, private mode or a full disk?)${detail}`;
    case 'TimeoutError':
      return `${error instanceof Error ? error.message : 'the browser’s storage did not answer'} (another tab of this app busy, or storage blocked?)`;
    case 'AbortError':
      return `the browser cancelled the write${detail}`;
    default:
      return `the browser’s storage failed${detail || (name ? ` (${name})` : '')}`;
  }
}
