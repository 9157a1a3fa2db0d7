/** The Web Storage key set once this browser has shown the welcome. */
const welcomedKey = 'pa-map:welcomed';

/**
 * True the first time this browser asks (and never again): the welcome shows once. False
 * where storage is unavailable, so a welcome cannot come back on every visit.
 */
export function takeFirstVisit(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): boolean {
  try {
    if (!storage || storage.getItem(welcomedKey) !== null) return false;
    storage.setItem(welcomedKey, new Date().toISOString());
    return true;
  } catch {
    return false;
  }
}
