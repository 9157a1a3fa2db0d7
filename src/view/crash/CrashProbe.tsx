/** The window property a test sets (before the page loads) to make one part throw while rendering. */
export const crashProbeKey = '__paMapCrashProbe';

/**
 * Renders nothing; throws while rendering when a test has set `window.__paMapCrashProbe` to
 * `where` — the only way to prove the error boundaries work in a real browser. Nothing in the
 * app sets it.
 */
export function CrashProbe({ where }: { readonly where: 'app' | 'map' }) {
  if ((window as unknown as Record<string, unknown>)[crashProbeKey] === where) throw new Error(`a test asked the ${where} to crash`);
  return null;
}
