/**
 * Waves in time order: years and numbers numerically, dates chronologically ("2025-03-14",
 * "3/14/2025"), "Wave 2" before "Wave 10", else as text. Pure, so every peer orders alike.
 */
export function compareWaves(a: string, b: string): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== null && tb !== null && ta !== tb) return ta - tb;
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A wave's time, when it names one: a year, a number, or a date. */
function timeOf(wave: string): number | null {
  const text = wave.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text) < 10_000 ? Date.UTC(Number(text), 0) : Number(text);
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(text);
  if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3] ?? 1));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (us) return Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]));
  return null;
}
