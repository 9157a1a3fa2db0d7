/** A message for the next page of this tab (after going to another board's page), in session storage. */
const key = 'pa-map:carried-notice';

export function carryNotice(text: string, tone: 'info' | 'error' = 'info'): void {
  try {
    sessionStorage.setItem(key, JSON.stringify({ text, tone }));
  } catch {
    // Storage off: the next page simply says nothing.
  }
}

/** The message the previous page left, once. */
export function takeCarriedNotice(): { text: string; tone: 'info' | 'error' } | null {
  try {
    const raw = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== 'object' || value === null) return null;
    const { text, tone } = value as Record<string, unknown>;
    return typeof text === 'string' ? { text, tone: tone === 'error' ? 'error' : 'info' } : null;
  } catch {
    return null;
  }
}
